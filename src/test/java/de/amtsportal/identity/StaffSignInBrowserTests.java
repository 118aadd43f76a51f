package de.amtsportal.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.web.contact.Contact;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in with a second factor: the first time they set up an authenticator app (here: the test reads the
 * key from the page, as someone typing it into their app would), get recovery codes and reach the back office;
 * the next time they enter a code.
 */
@BrowserTest
class StaffSignInBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void caseworkerSetsUpTwoFactorAndSignsInWithACodeInGerman(Browser browser) {
		TestAccounts accounts = new TestAccounts(context);
		String email = unique("sachbearbeitung");
		UUID unit = accounts.unit("Bürgeramt").id();
		accounts.caseworker(email, unit);
		context.getBean(Contact.class).send(new Contact.Enquiry(unit, "Jonas Jansen", "jonas.jansen@example.org",
				"Termin für den Reisepass", "Wann kann ich den Pass abholen?"), Locale.GERMAN);

		browser.open("/").clickLink("Anmelden");
		enrolAndSignInTwice(browser, email, Words.GERMAN);
		assertThat(browser.navigation("Hauptnavigation")).containsSubsequence("Startseite", "Amtsstube",
				"Kontaktanfragen", "Mein Konto", "Abmelden");

		browser.clickLink("Kontaktanfragen");
		assertThat(browser.heading()).isEqualTo("Kontaktanfragen");
		assertThat(browser.text("table")).contains("Jonas Jansen", "Termin für den Reisepass",
				"Wann kann ich den Pass abholen?");
	}

	@Test
	void administratorSetsUpTwoFactorAndSignsInWithACodeInEnglish(Browser browser) {
		String email = unique("administration");
		new TestAccounts(context).administrator(email);

		browser.open("/").clickLink("English").clickLink("Sign in");
		enrolAndSignInTwice(browser, email, Words.ENGLISH);
		assertThat(browser.navigation("Main navigation")).containsSubsequence("Home", "Back office", "Contact messages",
				"Administration", "Intranet", "My account", "Sign out");
	}

	private static void enrolAndSignInTwice(Browser browser, String email, Words words) {
		String name = "Test " + email.substring(0, email.indexOf('@'));

		browser.fill(words.email, email).fill(words.password, TestAccounts.PASSWORD).press(words.signIn);
		assertThat(browser.path()).isEqualTo("/konto/zwei-faktor/einrichten");
		assertThat(browser.heading()).isEqualTo(words.enrolHeading);
		assertThat(browser.element("img[src^='data:image/png']").getAttribute("alt")).isEqualTo(words.qrCodeAlt);
		String secret = browser.text("#totp-secret");
		assertThat(secret).matches("([A-Z2-7]{4} )*[A-Z2-7]{1,4}");

		// a typo in the code: the page says so and the same key still works
		browser.fill(words.code, wrongCode(secret)).press(words.setUp);
		assertThat(browser.text()).contains(words.wrongCode);
		assertThat(browser.text("#totp-secret")).isEqualTo(secret);
		browser.fill(words.code, currentCode(secret)).press(words.setUp);
		assertThat(browser.heading()).isEqualTo(words.recoveryHeading);
		assertThat(browser.texts("#recovery-codes li")).hasSize(10).doesNotHaveDuplicates().allMatch(code -> !code.isBlank());

		browser.press(words.codesSaved);
		assertThat(browser.path()).isEqualTo("/amt");
		assertThat(browser.heading()).isEqualTo(words.backOffice);
		assertThat(browser.text()).contains(words.welcome + ", " + name + ".");
		assertThat(browser.navigation(words.mainNavigation)).contains(words.backOffice, words.signOut)
			.doesNotContain(words.signIn);

		browser.press(words.signOut);
		assertThat(browser.heading()).isEqualTo(words.signedOut);
		browser.open("/amt");
		assertThat(browser.path()).isEqualTo("/konto/anmelden");

		// the second time: password, then a code from the app
		browser.fill(words.email, email).fill(words.password, TestAccounts.PASSWORD).press(words.signIn);
		assertThat(browser.path()).isEqualTo("/konto/anmelden/code");
		assertThat(browser.heading()).isEqualTo(words.codeHeading);
		browser.fill(words.code, currentCode(secret)).press(words.next);
		assertThat(browser.path()).as("back where they wanted to go").matches("/amt(\\?continue)?");
		assertThat(browser.heading()).isEqualTo(words.backOffice);
	}

	/** What an authenticator app shows now for the key typed into it. */
	private static String currentCode(String secretAsShown) {
		try {
			return new DefaultCodeGenerator().generate(secretAsShown.replace(" ", ""), Instant.now().getEpochSecond() / 30);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String wrongCode(String secretAsShown) {
		String right = currentCode(secretAsShown);
		return right.equals("123456") ? "654321" : "123456";
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example";
	}

	/** What the pages say, in each language. */
	record Words(String email, String password, String signIn, String enrolHeading, String qrCodeAlt, String code,
			String wrongCode, String setUp, String recoveryHeading, String codesSaved, String backOffice, String welcome,
			String mainNavigation, String signOut, String signedOut, String codeHeading, String next) {

		static final Words GERMAN = new Words("E-Mail-Adresse", "Passwort", "Anmelden",
				"Zwei-Faktor-Anmeldung einrichten", "QR-Code zur Einrichtung der Authenticator-App", "Sicherheitscode",
				"Der Code ist nicht richtig. Bitte geben Sie den aktuellen Code aus Ihrer App ein.", "Einrichten",
				"Ihre Wiederherstellungscodes", "Codes gesichert – weiter", "Amtsstube", "Willkommen",
				"Hauptnavigation", "Abmelden", "Sie sind abgemeldet", "Sicherheitscode eingeben", "Weiter");

		static final Words ENGLISH = new Words("E-mail address", "Password", "Sign in",
				"Set up two-factor sign-in", "QR code for setting up the authenticator app", "Security code",
				"The code is not correct. Please enter the current code from your app.", "Set up",
				"Your recovery codes", "Codes saved – continue", "Back office", "Welcome",
				"Main navigation", "Sign out", "You are signed out", "Enter security code", "Continue");
	}
}
