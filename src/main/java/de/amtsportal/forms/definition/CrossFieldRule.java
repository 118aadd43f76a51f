package de.amtsportal.forms.definition;

import java.util.List;

/**
 * A rule across fields: where {@code when} holds, {@code require} must hold too, else {@code message} is shown
 * at each of {@code fields} (the first is where the error summary links). Example: the date of moving out
 * must not be before the date of moving in.
 */
public record CrossFieldRule(String id, Condition when, Condition require, Text message, List<String> fields) {

	public CrossFieldRule {
		fields = List.copyOf(fields);
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("A rule names at least one field to show its message at");
		}
	}
}
