package de.amtsportal.places.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of the parts of an address, the same for the register and for what people type:
 * lower case, ß as ss, umlauts as ae/oe/ue, other accents dropped, every kind of "Straße" as "str", and
 * nothing but letters and digits ("Karl-Marx-Str." and "karl marx strasse" are both "karlmarxstr").
 */
public final class AddressKeys {

	private static final Pattern STREET_WORD = Pattern.compile("(strasse|str\\.?)(?=\\s|$|-|,)");
	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

	private AddressKeys() {
	}

	/** Lower case with umlauts and ß spelled out, accents dropped; spaces and punctuation kept. */
	public static String spelledOut(String text) {
		String lower = text.toLowerCase(Locale.GERMAN).replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
		return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	public static String street(String street) {
		return NOT_LETTER_OR_DIGIT.matcher(STREET_WORD.matcher(spelledOut(street).trim()).replaceAll("str")).replaceAll("");
	}

	/** "5 a", "5A" and "5a" are the same house. */
	public static String houseNumber(String number) {
		return NOT_LETTER_OR_DIGIT.matcher(spelledOut(number)).replaceAll("");
	}

	public static String locality(String locality) {
		return NOT_LETTER_OR_DIGIT.matcher(spelledOut(locality)).replaceAll("");
	}
}
