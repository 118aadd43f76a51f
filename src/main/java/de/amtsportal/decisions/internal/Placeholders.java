package de.amtsportal.decisions.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The placeholder syntax of decision templates: {@code {{name}}} with a fixed set of names —
 * {@code antragsteller.name}, {@code aktenzeichen}, {@code datum}, {@code leistung} — and
 * {@code {{feld:<path>}}} for an answer of the application's form ({@code feld:hauptwohnung.plz}).
 * Filling replaces text with text, once, from left to right: an answer that itself contains {@code {{…}}} stays
 * as it is, and there are no expressions, so a template can never run anything.
 */
public final class Placeholders {

	public static final String APPLICANT_NAME = "antragsteller.name";
	public static final String REFERENCE = "aktenzeichen";
	public static final String DATE = "datum";
	public static final String SERVICE = "leistung";
	public static final String FIELD_PREFIX = "feld:";
	public static final Set<String> FIXED = Set.of(APPLICANT_NAME, REFERENCE, DATE, SERVICE);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]{1,120}?)\\s*\\}\\}");
	private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*");

	private Placeholders() {
	}

	/** Every placeholder name in the text, in order of appearance, each once. */
	public static Set<String> names(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The placeholders in the text that cannot be filled: neither a fixed name nor {@code feld:} with one of the
	 * form's field paths. Stray braces ({@code {{} without a closing pair) count as unknown too, so that a typo
	 * never reaches an applicant.
	 */
	public static List<String> unknown(String text, Set<String> fieldPaths) {
		List<String> unknown = new ArrayList<>();
		for (String name : names(text)) {
			if (!FIXED.contains(name) && !(name.startsWith(FIELD_PREFIX) && isField(name.substring(FIELD_PREFIX.length()), fieldPaths))) {
				unknown.add(name);
			}
		}
		String rest = PLACEHOLDER.matcher(text).replaceAll("");
		if (rest.contains("{{") || rest.contains("}}")) {
			unknown.add(rest.contains("{{") ? "{{" : "}}");
		}
		return unknown;
	}

	private static boolean isField(String path, Set<String> fieldPaths) {
		return FIELD_PATH.matcher(path).matches() && fieldPaths.contains(path);
	}

	/**
	 * Replaces each placeholder with its value: fixed names from {@code values}, fields through {@code answer}
	 * (an empty text when the applicant left the field empty). Unknown names stay visible, so the caseworker
	 * sees them in the draft.
	 */
	public static String fill(String text, Map<String, String> values, Function<String, @Nullable String> answer) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder(text.length() + 256);
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = values.get(name);
			if (value == null && name.startsWith(FIELD_PREFIX) && FIELD_PATH.matcher(name.substring(FIELD_PREFIX.length())).matches()) {
				String given = answer.apply(name.substring(FIELD_PREFIX.length()));
				value = given == null ? "" : given;
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}
