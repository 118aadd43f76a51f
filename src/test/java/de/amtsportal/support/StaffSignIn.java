package de.amtsportal.support;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's first sign-in in a browser, as {@code StaffSignInBrowserTests} shows it in detail: password,
 * setting up the authenticator app with the key shown on the page, saving the recovery codes. Ends in the back
 * office, in the language the browser was switched to.
 */
public final class StaffSignIn {

	private StaffSignIn() {
	}

	/** Opens the start page, switches to the language and signs in for the first time; returns in the back office. */
	public static void firstTime(Browser browser, String email, String password, Language language) {
		browser.open("/");
		if (language == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(language.pick("Anmelden", "Sign in"))
			.fill(language.pick("E-Mail-Adresse", "E-mail address"), email)
			.fill(language.pick("Passwort", "Password"), password)
			.press(language.pick("Anmelden", "Sign in"));
		assertThat(browser.path()).isEqualTo("/konto/zwei-faktor/einrichten");
		String secret = browser.text("#totp-secret").replace(" ", "");
		browser.fill(language.pick("Sicherheitscode", "Security code"), currentCode(secret))
			.press(language.pick("Einrichten", "Set up"))
			.press(language.pick("Codes gesichert – weiter", "Codes saved – continue"));
		assertThat(browser.heading()).isEqualTo(language.pick("Amtsstube", "Back office"));
	}

	private static String currentCode(String secret) {
		try {
			return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}
}
