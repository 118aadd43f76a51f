package de.amtsportal.web;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.Inbox.Mail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages everyone can reach through the footer, the contact form with the barrier report, and the page for
 * a forbidden area — in German and English — plus the skip link for keyboard users.
 */
@BrowserTest
class PublicPagesBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Test
	void publicPagesContactFormAndForbiddenPageInGerman(Browser browser) {
		browser.open("/");
		visitPublicPagesAndReportABarrier(browser, Words.GERMAN);
	}

	@Test
	void publicPagesContactFormAndForbiddenPageInEnglish(Browser browser) {
		browser.open("/").clickLink("English");
		visitPublicPagesAndReportABarrier(browser, Words.ENGLISH);
	}

	@Test
	void skipLinkIsTheFirstStopForTheKeyboardAndMovesFocusToTheContentInGermanAndEnglish(Browser browser) {
		browser.open("/").tab();
		WebElement skipLink = browser.focused();
		assertThat(skipLink.getText()).isEqualTo("Zum Inhalt springen");
		assertThat(browser.inViewport(skipLink)).as("the focused skip link is visible").isTrue();

		browser.key(Keys.ENTER);
		WebElement focused = browser.focused();
		assertThat(focused.getTagName()).isEqualTo("main");
		assertThat(focused.getText()).startsWith("Willkommen beim Serviceportal der Stadt Musterstadt");
		assertThat(browser.inViewport(skipLink)).as("the skip link hides again once it lost the focus").isFalse();

		browser.clickLink("English").tab();
		assertThat(browser.focused().getText()).isEqualTo("Skip to content");
		browser.key(Keys.ENTER);
		assertThat(browser.focused().getTagName()).isEqualTo("main");
	}

	private void visitPublicPagesAndReportABarrier(Browser browser, Words words) {
		TestAccounts accounts = new TestAccounts(context);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		OrgUnit unit = accounts.unit("Ordnungsamt " + tag);
		String citizen = "carla.conrad." + tag + "@example.org";
		accounts.citizen(citizen);

		assertThat(browser.heading()).isEqualTo(words.startHeading);

		browser.clickLink(words.imprint);
		assertThat(browser.path()).isEqualTo("/impressum");
		assertThat(browser.heading()).isEqualTo(words.imprint);

		browser.clickLink(words.privacy);
		assertThat(browser.path()).isEqualTo("/datenschutz");
		assertThat(browser.heading()).isEqualTo(words.privacy);

		browser.clickLink(words.licences);
		assertThat(browser.path()).isEqualTo("/lizenzen");
		assertThat(browser.heading()).isEqualTo(words.licences);
		assertThat(browser.text()).contains("KERN UX (EUPL-1.2)", "htmx (0BSD)", "Fira Sans (SIL Open Font License 1.1)");

		browser.clickLink(words.contact);
		assertThat(browser.path()).isEqualTo("/kontakt");
		assertThat(browser.heading()).isEqualTo(words.contact);
		assertThat(browser.value(words.subject)).isEmpty();

		browser.clickLink(words.accessibility);
		assertThat(browser.path()).isEqualTo("/barrierefreiheit");
		assertThat(browser.heading()).isEqualTo(words.accessibility);
		browser.clickLink(words.reportBarrier);
		assertThat(browser.path()).isEqualTo("/kontakt?thema=barrierefreiheit");
		assertThat(browser.value(words.subject)).isEqualTo(words.reportBarrier);

		// forgot to choose the department: the error summary says so and the entries stay
		String message = "Der Kontrast der Karte ist zu gering (" + tag + ").";
		browser.fill(words.name, "Carla Conrad").fill(words.email, citizen).fill(words.message, message).press(words.send);
		assertThat(browser.path()).isEqualTo("/kontakt");
		assertThat(browser.text()).contains(words.checkEntries, words.chooseDepartment);
		assertThat(browser.value(words.message)).isEqualTo(message);

		browser.choose(words.department, unit.name()).press(words.send);
		assertThat(browser.path()).isEqualTo("/kontakt/gesendet");
		assertThat(browser.heading()).isEqualTo(words.sent);

		Mail mail = new Inbox(greenMail).await(unit.contactEmail());
		assertThat(mail.subject()).isEqualTo("Kontaktanfrage: " + words.reportBarrier);
		assertThat(mail.body()).contains("Carla Conrad <" + citizen + ">", message);

		// a citizen has no business in the back office
		browser.clickLink(words.signIn)
			.fill(words.accountEmail, citizen)
			.fill(words.password, TestAccounts.PASSWORD)
			.press(words.signIn);
		assertThat(browser.path()).isEqualTo("/konto");
		browser.open("/amt");
		assertThat(browser.heading()).isEqualTo(words.forbidden);
		assertThat(browser.navigation(words.mainNavigation)).doesNotContain(words.backOffice);

		// (signed out, unknown addresses ask for signing in first, so as not to tell which ones exist)
		browser.open("/gibt-es-nicht");
		assertThat(browser.heading()).isEqualTo(words.notFound);
		browser.clickLink(words.backToStart);
		assertThat(browser.path()).isEqualTo("/");
	}

	/** What the pages say, in each language. */
	record Words(String startHeading, String notFound, String backToStart, String imprint, String privacy,
			String accessibility, String reportBarrier, String contact, String licences, String department,
			String name, String email, String subject, String message, String send, String checkEntries,
			String chooseDepartment, String sent, String signIn, String accountEmail, String password,
			String forbidden, String mainNavigation, String backOffice) {

		static final Words GERMAN = new Words("Willkommen beim Serviceportal der Stadt Musterstadt",
				"Seite nicht gefunden", "Zur Startseite", "Impressum", "Datenschutzerklärung",
				"Erklärung zur Barrierefreiheit", "Barriere melden", "Kontakt", "Lizenzen", "Fachbereich",
				"Ihr Name", "Ihre E-Mail-Adresse", "Betreff", "Ihre Nachricht", "Nachricht senden",
				"Bitte prüfen Sie Ihre Angaben", "Bitte wählen Sie den Fachbereich, an den Ihre Nachricht gehen soll.",
				"Vielen Dank, Ihre Nachricht ist angekommen", "Anmelden", "E-Mail-Adresse", "Passwort",
				"Kein Zugriff", "Hauptnavigation", "Amtsstube");

		static final Words ENGLISH = new Words("Welcome to the service portal of Stadt Musterstadt",
				"Page not found", "Back to the home page", "Legal notice", "Privacy statement",
				"Accessibility statement", "Report a barrier", "Contact", "Licences", "Department",
				"Your name", "Your e-mail address", "Subject", "Your message", "Send message",
				"Please check your entries", "Please choose the department your message is for.",
				"Thank you, your message has arrived", "Sign in", "E-mail address", "Password",
				"No access", "Main navigation", "Back office");
	}
}
