package de.amtsportal.submissions;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.forms.Audience;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.Language;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen finds a service, fills the application page by page, leaves and comes back through the link from
 * the mail, checks the answers, submits and gets the confirmation — in German with JavaScript, in English
 * without. Every page is checked with axe-core.
 */
@BrowserTest
class CitizenApplicationBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Test
	void citizenAppliesInGerman(Browser browser) {
		apply(browser, Language.GERMAN);
	}

	@Test
	void citizenAppliesInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		apply(browser, Language.ENGLISH);
	}

	private void apply(Browser browser, Language l) {
		TestAccounts people = new TestAccounts(context);
		String token = "Ruhestörung" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		new ApplicationFixtures(context).service(people.unit("Ordnungsamt"), SignIn.OPTIONAL, token,
				ApplicationFixtures.NOISE_COMPLAINT, Audience.PUBLIC);
		String email = TestAccounts.unique("anwohnerin");

		browser.open("/");
		if (l == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(l.pick("Leistungen", "Services")).fill(l.pick("Suchbegriff", "Search term"), token).press(l.pick("Suchen", "Search"));
		browser.clickLink(token).clickLink(l.pick("Online beantragen", "Apply online"));
		assertThat(browser.text()).contains(l.pick("Der Antrag hat 2 Schritte", "The application has 2 steps"));
		browser.press(l.pick("Antrag beginnen", "Start the application"));
		assertThat(browser.text()).contains(l.pick("Schritt 1 von 2", "Step 1 of 2"));

		browser.fill(l.pick("Vorname", "First name"), "Erika").fill(l.pick("E-Mail-Adresse", "E-mail address"), email)
			.press(l.pick("Weiter", "Continue"));
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte füllen Sie dieses Feld aus.", "Please fill in this field."));
		browser.fill(l.pick("Nachname", "Last name"), "Mustermann").press(l.pick("Weiter", "Continue"));
		assertThat(browser.text()).contains(l.pick("Schritt 2 von 2", "Step 2 of 2"));

		// leave, and come back through the link from the mail
		browser.clickLink(l.pick("Später weitermachen", "Continue later"));
		browser.fill(l.pick("E-Mail-Adresse", "E-mail address"), email).press(l.pick("Link senden", "Send link"));
		assertThat(browser.text()).contains(l.pick("Wir haben Ihnen den Link geschickt", "We have sent you the link"));
		browser.openFromMail(new Inbox(greenMail).await(email).link("/antrag/fortsetzen/"));
		assertThat(browser.text()).contains(l.pick("Schritt 2 von 2", "Step 2 of 2"));

		browser.fill(l.pick("Beschreibung", "Description"), "Jede Nacht ab 2 Uhr laute Musik.").press(l.pick("Weiter", "Continue"));
		assertThat(browser.heading()).contains(l.pick("Prüfen Sie Ihre Angaben", "Check your answers"));
		assertThat(browser.text()).contains("Erika", "Mustermann", email, "Jede Nacht ab 2 Uhr laute Musik.");
		browser.press(l.pick("Antrag verbindlich absenden", "Send the application"));

		assertThat(browser.text()).contains(l.pick("Ihr Antrag ist eingegangen", "Your application has been received"))
			.containsPattern("MUS-\\d{4}-\\d{6}");
		String reference = browser.text(".portal-reference");
		Inbox.Mail confirmation = new Inbox(greenMail).awaitSubject(email, reference);
		assertThat(confirmation.body()).doesNotContain("laute Musik");
		browser.clickLink(l.pick("Stand des Antrags ansehen", "See the status of the application"));
		assertThat(browser.text()).contains(reference, l.pick("Eingegangen", "Received"), "Jede Nacht ab 2 Uhr laute Musik.");
	}
}
