package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Evaluates conditions against answers. Inside a repeating group, {@code scope} is that repetition, and a
 * path is looked up there first, then in the whole form. Values are compared as numbers or dates where
 * both sides are, otherwise as text; a missing answer makes every comparison except EMPTY false.
 */
public final class Conditions {

	private Conditions() {
	}

	public static boolean holds(@Nullable Condition condition, Answers form, @Nullable Map<String, Object> scope) {
		if (condition == null) {
			return true;
		}
		if (condition.all() != null) {
			return condition.all().stream().allMatch(c -> holds(c, form, scope));
		}
		if (condition.any() != null) {
			return condition.any().stream().anyMatch(c -> holds(c, form, scope));
		}
		if (condition.not() != null) {
			return !holds(condition.not(), form, scope);
		}
		Object value = lookup(condition.field(), form, scope);
		String expected = condition.value();
		return switch (condition.operator()) {
			case ANSWERED -> Answers.given(value);
			case EMPTY -> !Answers.given(value);
			case EQUALS -> Answers.given(value) && compare(value, expected) == 0;
			case NOT_EQUALS -> Answers.given(value) && compare(value, expected) != 0;
			case IN -> Answers.given(value) && expected != null && values(value).stream()
				.anyMatch(v -> Arrays.stream(expected.split(",")).map(String::strip).anyMatch(v::equals));
			case CONTAINS -> Answers.given(value) && values(value).contains(expected);
			case GREATER_THAN -> Answers.given(value) && compare(value, expected) > 0;
			case GREATER_OR_EQUAL -> Answers.given(value) && compare(value, expected) >= 0;
			case LESS_THAN -> Answers.given(value) && compare(value, expected) < 0;
			case LESS_OR_EQUAL -> Answers.given(value) && compare(value, expected) <= 0;
		};
	}

	private static @Nullable Object lookup(@Nullable String path, Answers form, @Nullable Map<String, Object> scope) {
		if (path == null) {
			return null;
		}
		if (scope != null) {
			Object local = new Answers(scope).get(path);
			if (local != null) {
				return local;
			}
		}
		return form.get(path);
	}

	private static List<String> values(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
	}

	/**
	 * Compares an answer with a literal; the literal may also be a path in braces, like {einzug}, which the
	 * caller resolves before — see {@link FormValidator} for cross-field rules.
	 */
	static int compare(Object value, @Nullable String expected) {
		String actual = Answers.text(value);
		if (actual == null || expected == null) {
			return actual == null ? (expected == null ? 0 : -1) : 1;
		}
		BigDecimal left = Values.number(actual);
		BigDecimal right = Values.number(expected);
		if (left != null && right != null) {
			return left.compareTo(right);
		}
		LocalDate leftDate = Values.date(actual);
		LocalDate rightDate = Values.date(expected);
		if (leftDate != null && rightDate != null) {
			return leftDate.compareTo(rightDate);
		}
		return actual.compareTo(expected);
	}
}
