package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Parsing and checking of single values the way people type them (German and international notation). */
public final class Values {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{4,29}");
	private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

	private Values() {
	}

	/** "1234,5", "1.234,5", "1234.5" and "1 234" are numbers; anything else is not. */
	public static @Nullable BigDecimal number(String text) {
		String compact = text.strip().replace(" ", "").replace("\u00a0", "");
		if (!compact.matches("[+-]?[0-9.,]+")) {
			return null;
		}
		if (compact.contains(",")) {
			compact = compact.replace(".", "").replace(',', '.');
		}
		else if (compact.chars().filter(c -> c == '.').count() > 1) {
			compact = compact.replace(".", "");
		}
		try {
			return new BigDecimal(compact);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** ISO dates (what an {@code <input type="date">} sends) and German "24.11.2026". */
	public static @Nullable LocalDate date(String text) {
		String value = text.strip();
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException notIso) {
			try {
				return LocalDate.parse(value, GERMAN_DATE);
			}
			catch (DateTimeParseException notGerman) {
				return null;
			}
		}
	}

	public static boolean email(String text) {
		return text.length() <= 254 && EMAIL.matcher(text.strip()).matches();
	}

	public static boolean phone(String text) {
		return PHONE.matcher(text.strip()).matches();
	}

	public static boolean germanPostcode(String text) {
		return POSTCODE.matcher(text.strip()).matches();
	}

	/** ISO 13616: country code, two check digits, account; mod 97 of the rearranged number is 1. */
	public static boolean iban(String text) {
		String iban = text.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") || (iban.startsWith("DE") && iban.length() != 22)) {
			return false;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}
}
