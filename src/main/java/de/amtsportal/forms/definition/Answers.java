package de.amtsportal.forms.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The answers to a form as a tree that mirrors the definition: a field's value is a string, a list of
 * strings (multiple choice, files), a map (group, postal address, position) or a list of maps (repeating
 * group). Immutable; what is not in the definition never gets in (see {@link FormValidator#clean}).
 */
public record Answers(Map<String, Object> values) {

	public static final Answers NONE = new Answers(Map.of());

	public Answers {
		values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** The value at a dotted path ("anschrift.plz"), or null. Paths do not descend into repetitions. */
	public @Nullable Object get(String path) {
		Object current = values;
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	/** A value's text, for comparisons: lists are joined with commas. */
	public static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return String.join(",", list.stream().map(String::valueOf).toList());
		}
		return value.toString();
	}

	/** Whether a value counts as given: non-blank text, a non-empty list, a map with any given value. */
	public static boolean given(@Nullable Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof String text) {
			return !text.isBlank();
		}
		if (value instanceof List<?> list) {
			return list.stream().anyMatch(Answers::given);
		}
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(Answers::given);
		}
		return true;
	}

	public Answers with(String fieldId, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(values);
		copy.put(fieldId, value);
		return new Answers(copy);
	}
}
