package de.amtsportal.places.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What someone typed to find an address, read into its parts: a five-digit postcode wherever it stands, the
 * house number as the last number before the postcode or locality (with a letter suffix, "5a" or "5 a"),
 * the street before it, the locality after it. Without a house number a comma ends the street.
 */
public record AddressQuery(String streetKey, @Nullable String numberKey, @Nullable String postcode, @Nullable String localityKey) {

	private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[a-z]?");
	private static final Pattern SUFFIX = Pattern.compile("[a-z]");
	private static final int MAX_LENGTH = 300;

	/** Empty when nothing like a street was typed. */
	public static Optional<AddressQuery> parse(String text) {
		if (text.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String spelled = AddressKeys.spelledOut(text).replace(",", " , ").replace(".", ". ").replace("/", " / ");
		List<String> tokens = new ArrayList<>(Arrays.stream(spelled.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList());
		String postcode = null;
		for (int i = 0; i < tokens.size(); i++) {
			if (POSTCODE.matcher(tokens.get(i)).matches()) {
				postcode = tokens.remove(i);
				break;
			}
		}
		int number = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && NUMBER.matcher(tokens.get(i)).matches()) {
				number = i;
			}
		}
		List<String> street;
		List<String> rest;
		String numberKey = null;
		if (number > 0) {
			street = tokens.subList(0, number);
			int after = number + 1;
			numberKey = tokens.get(number);
			if (after < tokens.size() && SUFFIX.matcher(tokens.get(after)).matches()) {
				numberKey += tokens.get(after++);
			}
			rest = tokens.subList(after, tokens.size());
		}
		else {
			int comma = tokens.indexOf(",");
			street = comma < 0 ? tokens : tokens.subList(0, comma);
			rest = comma < 0 ? List.of() : tokens.subList(comma + 1, tokens.size());
		}
		String streetKey = AddressKeys.street(String.join(" ", street));
		String localityKey = AddressKeys.locality(String.join(" ", rest));
		if (streetKey.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AddressQuery(streetKey, numberKey, postcode, localityKey.isEmpty() ? null : localityKey));
	}
}
