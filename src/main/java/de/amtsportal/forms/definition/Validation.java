package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Rules on one field's value. Dates may be bounded absolutely ({@code notBefore}/{@code notAfter}) or
 * relative to the day of submission ({@code notBeforeDaysFromToday}: -365 = at most a year ago).
 */
public record Validation(@Nullable Integer minLength, @Nullable Integer maxLength, @Nullable String pattern,
		@Nullable Text patternMessage, @Nullable BigDecimal min, @Nullable BigDecimal max,
		@Nullable LocalDate notBefore, @Nullable LocalDate notAfter, @Nullable Integer notBeforeDaysFromToday,
		@Nullable Integer notAfterDaysFromToday) {

	public static final Validation NONE = new Validation(null, null, null, null, null, null, null, null, null, null);

	public Validation {
		if (pattern != null && !supportedPattern(pattern)) {
			throw new IllegalArgumentException("The pattern '" + pattern + "' is not a supported regular expression");
		}
		if (minLength != null && maxLength != null && minLength > maxLength) {
			throw new IllegalArgumentException("The minimum length is larger than the maximum length");
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new IllegalArgumentException("The minimum is larger than the maximum");
		}
	}

	/**
	 * Patterns run against applicants' input, so they are RE2 expressions: matched in linear time, whatever the
	 * pattern, which rules out catastrophic backtracking. RE2 has no back-references and no look-around.
	 */
	public static boolean supportedPattern(String pattern) {
		try {
			com.google.re2j.Pattern.compile(pattern);
			return pattern.length() <= 500;
		}
		catch (com.google.re2j.PatternSyntaxException e) {
			return false;
		}
	}

	/** Whether the whole value matches the pattern. */
	public boolean matchesPattern(String value) {
		return pattern == null || com.google.re2j.Pattern.compile(pattern).matches(value);
	}

	public static Validation length(@Nullable Integer min, @Nullable Integer max) {
		return new Validation(min, max, null, null, null, null, null, null, null, null);
	}

	public static Validation range(@Nullable BigDecimal min, @Nullable BigDecimal max) {
		return new Validation(null, null, null, null, min, max, null, null, null, null);
	}

	public static Validation pattern(String pattern, Text message) {
		return new Validation(null, null, pattern, message, null, null, null, null, null, null);
	}

	public static Validation dates(@Nullable Integer notBeforeDaysFromToday, @Nullable Integer notAfterDaysFromToday) {
		return new Validation(null, null, null, null, null, null, null, null, notBeforeDaysFromToday, notAfterDaysFromToday);
	}
}
