package de.amtsportal.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * Accepts a password only if it is long enough and hard to guess: zxcvbn estimates the guesses an attacker
 * needs, using its dictionaries of common passwords, names and words, a list of German password words, plus
 * the person's own name and address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;
	public static final int MAX_LENGTH = 128;

	public enum Violation {
		TOO_SHORT, TOO_LONG, COMMON, WEAK
	}

	private static final String GERMAN_WORDS = "german_password_words";

	/** Lists whose words make a password "common" rather than merely weak. */
	private static final Set<String> COMMON_LISTS = Set.of(StandardDictionaries.PASSWORDS, GERMAN_WORDS);

	/** How many digits and symbols people typically add to a common word to get past password rules. */
	private static final int MAX_DECORATION = 8;

	private final Zxcvbn zxcvbn;

	public PasswordPolicy() {
		try {
			this.zxcvbn = new ZxcvbnBuilder().dictionaries(StandardDictionaries.loadAllDictionaries())
				.dictionary(new Dictionary(GERMAN_WORDS, germanWords()))
				.keyboards(StandardKeyboards.loadAllKeyboards())
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException("zxcvbn's dictionaries could not be loaded", e);
		}
	}

	/** The reason the password is rejected, if it is; the message key is {@code identity.password.<violation>}. */
	public Optional<Violation> check(String password, String... personalWords) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of(Violation.TOO_SHORT);
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of(Violation.TOO_LONG);
		}
		List<String> context = new ArrayList<>();
		for (String word : personalWords) {
			context.add(word);
			context.addAll(List.of(word.split("@")));
			context.addAll(List.of(word.split("[@.\\s_-]+")));
		}
		Strength strength = zxcvbn.measure(password, context);
		if (isCommonPassword(strength, password)) {
			return Optional.of(Violation.COMMON);
		}
		return strength.getScore() < 3 ? Optional.of(Violation.WEAK) : Optional.empty();
	}

	/**
	 * The password is built on words from a list of most used passwords, dressed up the usual way: a few
	 * digits or symbols and at most two more letters — "passwort123", "Sommer2024!", "P@ssw0rt".
	 */
	private static boolean isCommonPassword(Strength strength, String password) {
		StringBuilder rest = new StringBuilder(password);
		boolean commonWord = false;
		for (Match match : strength.getSequence()) {
			if (match.pattern == Pattern.Dictionary && COMMON_LISTS.contains(match.dictionaryName)) {
				commonWord = true;
				for (int i = match.i; i <= match.j; i++) {
					rest.setCharAt(i, '\0');
				}
			}
		}
		String decoration = rest.toString().replace("\0", "");
		long letters = decoration.codePoints().filter(Character::isLetter).count();
		return commonWord && letters <= 2 && decoration.length() - letters <= MAX_DECORATION;
	}

	private static List<String> germanWords() throws IOException {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-password-words-de.txt")) {
			if (in == null) {
				throw new IOException("identity/common-password-words-de.txt is missing");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.toList();
		}
	}
}
