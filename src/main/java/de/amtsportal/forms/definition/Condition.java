package de.amtsportal.forms.definition;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When a page, field or rule applies. A condition is data, not code: a comparison of one answer with a
 * value, or all/any/not of other conditions. It can be shown to an editor, evaluated on the server and
 * exported to JSON Schema; nothing in it can run.
 *
 * <p>Field references are paths: {@code kinder} (a top-level field), {@code anschrift.plz} (in a group).
 * Inside a repeating group, a path names the field of the same repetition.</p>
 */
public record Condition(@Nullable String field, @Nullable Operator operator, @Nullable String value,
		@Nullable List<Condition> all, @Nullable List<Condition> any, @Nullable Condition not) {

	public enum Operator {
		EQUALS, NOT_EQUALS,
		/** the answer (or, for multiple choice, one of its options) is one of the comma-separated values */
		IN,
		/** a multiple-choice answer contains the value */
		CONTAINS,
		GREATER_THAN, GREATER_OR_EQUAL, LESS_THAN, LESS_OR_EQUAL,
		/** the field was answered */
		ANSWERED,
		/** the field was left empty */
		EMPTY
	}

	public Condition {
		int kinds = (field != null ? 1 : 0) + (all != null ? 1 : 0) + (any != null ? 1 : 0) + (not != null ? 1 : 0);
		if (kinds != 1) {
			throw new IllegalArgumentException("A condition is exactly one of: comparison, all, any, not");
		}
		if (field != null && operator == null) {
			throw new IllegalArgumentException("A comparison needs an operator");
		}
		all = all == null ? null : List.copyOf(all);
		any = any == null ? null : List.copyOf(any);
	}

	public static Condition compare(String field, Operator operator, @Nullable String value) {
		return new Condition(field, operator, value, null, null, null);
	}

	public static Condition equals(String field, String value) {
		return compare(field, Operator.EQUALS, value);
	}

	public static Condition allOf(Condition... conditions) {
		return new Condition(null, null, null, List.of(conditions), null, null);
	}

	public static Condition anyOf(Condition... conditions) {
		return new Condition(null, null, null, null, List.of(conditions), null);
	}

	public static Condition not(Condition condition) {
		return new Condition(null, null, null, null, null, condition);
	}
}
