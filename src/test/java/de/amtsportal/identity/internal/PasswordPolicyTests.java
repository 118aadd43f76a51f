package de.amtsportal.identity.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.amtsportal.identity.internal.PasswordPolicy.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/** What the password policy lets through, with the German passwords attackers try first. */
class PasswordPolicyTests {

	static final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "passwort123", "Passwort1234", "Sommer2024!", "Winter2025!!", "Herbst2024!", "Frühling2023",
			"Hallo12345", "Schalke04!", "1234567890", "qwertz1234", "Fussball123", "Dezember2024", "Amtsportal2026", "P@ssw0rt2024" })
	void commonPasswordsWithTheUsualDecorationsAreCommon(String password) {
		assertThat(policy.check(password, "lena@example.org", "Lena", "Lindner")).contains(Violation.COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefghijk", "Lindner1990!", "aaaaaaaaaaaa", "lena.lindner1" })
	void guessablePasswordsAreWeak(String password) {
		assertThat(policy.check(password, "lena.lindner@example.org", "Lena", "Lindner")).contains(Violation.WEAK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fahrrad Kompass Laterne 7", "Kompass Laterne Fahrrad 42", "Sommer Regen über Hamburg",
			"vG7#qL2!xP9z", "Der Hund bellt um Mitternacht" })
	void longOrRandomPasswordsPass(String password) {
		assertThat(policy.check(password, "lena@example.org", "Lena", "Lindner")).isEmpty();
	}

	@Test
	void lengthLimits() {
		assertThat(policy.check("Kurz 7!x")).contains(Violation.TOO_SHORT);
		assertThat(policy.check("Fahrrad Kompass ".repeat(13).substring(0, 200))).contains(Violation.TOO_LONG);
		assertThat(policy.check("Fahrrad Kompass ".repeat(8))).isEmpty();
	}
}
