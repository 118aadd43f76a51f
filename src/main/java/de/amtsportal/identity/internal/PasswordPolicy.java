package de.amtsportal.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * Accepts a password only if it is long enough and hard to guess: zxcvbn estimates the guesses an attacker
 * needs, using its dictionaries of common passwords, names and words plus the person's own name and address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;
	public static final int MAX_LENGTH = 128;

	public enum Violation {
		TOO_SHORT, TOO_LONG, COMMON, WEAK
	}

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The reason the password is rejected, if it is; the message key is {@code identity.password.<violation>}. */
	public Optional<Violation> check(String password, String... personalWords) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of(Violation.TOO_SHORT);
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of(Violation.TOO_LONG);
		}
		List<String> context = new ArrayList<>(List.of("amtsportal", "musterstadt", "passwort", "password"));
		for (String word : personalWords) {
			context.add(word);
			context.addAll(List.of(word.split("[@.\\s_-]+")));
		}
		Strength strength = zxcvbn.measure(password, context);
		if (isCommonPassword(strength, password)) {
			return Optional.of(Violation.COMMON);
		}
		return strength.getScore() < 3 ? Optional.of(Violation.WEAK) : Optional.empty();
	}

	/** The password, apart from a few characters, is one from the list of most used passwords. */
	private static boolean isCommonPassword(Strength strength, String password) {
		int common = 0;
		for (Match match : strength.getSequence()) {
			if (match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName)) {
				common += match.token.length();
			}
		}
		return common >= password.length() - 2;
	}
}
