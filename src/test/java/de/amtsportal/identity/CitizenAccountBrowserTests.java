package de.amtsportal.identity;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.Inbox.Mail;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen creates an account, confirms the address from the mail, signs in and out — in German and English. */
@BrowserTest
class CitizenAccountBrowserTests {

	static final String PASSWORD = "Leuchtturm Wolke Brezel 27";

	@Autowired
	GreenMail greenMail;

	@Autowired
	ApplicationContext context;

	@Test
	void citizenRegistersConfirmsSignsInAndOutInGerman(Browser browser) {
		registerConfirmSignInAndOut(browser, Words.GERMAN);
	}

	@Test
	void citizenRegistersConfirmsSignsInAndOutInEnglish(Browser browser) {
		browser.open("/").clickLink("English");
		assertThat(browser.heading()).isEqualTo("Welcome to the service portal of Stadt Musterstadt");
		registerConfirmSignInAndOut(browser, Words.ENGLISH);
	}

	@Test
	void everythingWorksWithJavaScriptOff(@WithoutJavaScript Browser browser) {
		registerConfirmSignInAndOut(browser, Words.GERMAN);
	}

	@Test
	void wrongPasswordIsExplainedInThePageLanguage(Browser browser) {
		String email = unique("paul.petersen");
		new TestAccounts(context).citizen(email);

		browser.open("/").clickLink("Anmelden")
			.fill("E-Mail-Adresse", email)
			.fill("Passwort", "nicht das Passwort")
			.press("Anmelden");
		assertThat(browser.path()).isEqualTo("/konto/anmelden?fehler=credentials");
		assertThat(browser.text()).contains("Die Anmeldung hat nicht geklappt",
				"E-Mail-Adresse oder Passwort sind nicht richtig.");
		assertThat(browser.navigation("Hauptnavigation")).doesNotContain("Mein Konto");

		browser.clickLink("English")
			.fill("E-mail address", email)
			.fill("Password", "still not the password")
			.press("Sign in");
		assertThat(browser.text()).contains("Signing in did not work", "The e-mail address or password is not correct.")
			.doesNotContain("nicht richtig");
		assertThat(browser.navigation("Main navigation")).doesNotContain("My account");
	}

	@Test
	void citizenSetsANewPasswordWithTheLinkFromTheMail(Browser browser) {
		String email = unique("mia.moser");
		new TestAccounts(context).citizen(email);

		browser.open("/konto/anmelden").clickLink("Passwort vergessen?");
		assertThat(browser.heading()).isEqualTo("Passwort vergessen");
		browser.fill("E-Mail-Adresse", email).press("Link anfordern");
		assertThat(browser.path()).isEqualTo("/konto/passwort-vergessen/gesendet");
		assertThat(browser.heading()).isEqualTo("Bitte prüfen Sie Ihr E-Mail-Postfach");

		Mail mail = new Inbox(greenMail).await(email);
		assertThat(mail.subject()).startsWith("Neues Passwort festlegen");
		browser.openFromMail(mail.link("/konto/passwort-neu?token="));
		assertThat(browser.heading()).isEqualTo("Neues Passwort festlegen");
		browser.fill("Neues Passwort", PASSWORD).fill("Passwort wiederholen", PASSWORD + "!").press("Passwort speichern");
		assertThat(browser.text()).contains("Bitte prüfen Sie Ihre Angaben", "Die beiden Passwörter stimmen nicht überein.");
		browser.fill("Neues Passwort", PASSWORD).fill("Passwort wiederholen", PASSWORD).press("Passwort speichern");
		assertThat(browser.path()).isEqualTo("/konto/anmelden?passwort-geaendert");

		browser.fill("E-Mail-Adresse", email).fill("Passwort", TestAccounts.PASSWORD).press("Anmelden");
		assertThat(browser.text()).as("the old password no longer works")
			.contains("E-Mail-Adresse oder Passwort sind nicht richtig.");
		browser.fill("E-Mail-Adresse", email).fill("Passwort", PASSWORD).press("Anmelden");
		assertThat(browser.path()).isEqualTo("/konto");
		assertThat(browser.heading()).isEqualTo("Mein Konto");
	}

	private void registerConfirmSignInAndOut(Browser browser, Words words) {
		String email = unique("lena.lindner");

		browser.open("/").clickLink(words.register);
		assertThat(browser.heading()).isEqualTo(words.registerHeading);
		browser.fill(words.givenName, "Lena")
			.fill(words.familyName, "Lindner")
			.fill(words.email, email)
			.fill(words.newPassword, PASSWORD)
			.fill(words.repeatPassword, PASSWORD)
			.press(words.createAccount);
		// forgot the privacy statement: the error summary says so, and what was typed (but the passwords) stays
		assertThat(browser.path()).isEqualTo("/konto/registrieren");
		assertThat(browser.text()).contains(words.checkEntries, words.privacyError);
		if (browser.javaScriptEnabled()) {
			assertThat(browser.focused().getAttribute("id")).as("the error summary has the focus, so it is read out")
				.isEqualTo("fehler");
		}
		assertThat(browser.value(words.email)).isEqualTo(email);
		browser.fill(words.newPassword, PASSWORD)
			.fill(words.repeatPassword, PASSWORD)
			.tick(words.privacy)
			.press(words.createAccount);
		assertThat(browser.path()).isEqualTo("/konto/registrieren/gesendet");
		assertThat(browser.heading()).isEqualTo(words.checkInbox);

		Mail mail = new Inbox(greenMail).await(email);
		assertThat(mail.subject()).startsWith(words.mailSubject);
		assertThat(mail.body()).contains("Lena Lindner");

		browser.openFromMail(mail.link("/konto/bestaetigen?token="));
		assertThat(browser.heading()).isEqualTo(words.confirmHeading);
		browser.press(words.confirmAddress);
		assertThat(browser.path()).isEqualTo("/konto/anmelden?bestaetigt");
		assertThat(browser.text()).contains(words.accountReady);

		browser.fill(words.email, email).fill(words.password, PASSWORD).press(words.signIn);
		assertThat(browser.path()).isEqualTo("/konto");
		assertThat(browser.heading()).isEqualTo(words.myAccount);
		assertThat(browser.text()).contains("Lena Lindner", email);
		assertThat(browser.navigation(words.mainNavigation)).contains(words.myAccount, words.signOut)
			.doesNotContain(words.signIn);

		browser.press(words.signOut);
		assertThat(browser.path()).isEqualTo("/konto/abgemeldet");
		assertThat(browser.heading()).isEqualTo(words.signedOut);
		assertThat(browser.navigation(words.mainNavigation)).contains(words.signIn).doesNotContain(words.myAccount);

		// signed out means signed out: the account page asks for the password again
		browser.open("/konto");
		assertThat(browser.path()).isEqualTo("/konto/anmelden");
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/** What the pages say, in each language. */
	record Words(String register, String registerHeading, String givenName, String familyName, String email,
			String newPassword, String repeatPassword, String privacy, String createAccount, String checkEntries,
			String privacyError, String checkInbox, String mailSubject, String confirmHeading, String confirmAddress,
			String accountReady, String password, String signIn, String myAccount, String mainNavigation,
			String signOut, String signedOut) {

		static final Words GERMAN = new Words("Registrieren", "Konto anlegen", "Vorname", "Nachname",
				"E-Mail-Adresse", "Neues Passwort", "Passwort wiederholen",
				"Ich habe die Datenschutzerklärung gelesen.", "Konto anlegen", "Bitte prüfen Sie Ihre Angaben",
				"Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.",
				"Bitte prüfen Sie Ihr E-Mail-Postfach", "Bitte bestätigen Sie Ihre E-Mail-Adresse",
				"E-Mail-Adresse bestätigen", "E-Mail-Adresse bestätigen",
				"Ihr Konto ist bereit. Bitte melden Sie sich an.", "Passwort", "Anmelden", "Mein Konto",
				"Hauptnavigation", "Abmelden", "Sie sind abgemeldet");

		static final Words ENGLISH = new Words("Register", "Create an account", "First name", "Last name",
				"E-mail address", "New password", "Repeat the password",
				"I have read the privacy statement.", "Create account", "Please check your entries",
				"Please confirm that you have read the privacy statement.",
				"Please check your e-mail inbox", "Please confirm your e-mail address",
				"Confirm your e-mail address", "Confirm e-mail address",
				"Your account is ready. Please sign in.", "Password", "Sign in", "My account",
				"Main navigation", "Sign out", "You are signed out");
	}
}
