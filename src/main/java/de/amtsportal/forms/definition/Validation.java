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

	/**
	 * Patterns run against applicants' input, so they are RE2 expressions: matched in linear time, whatever the
	 * pattern, which rules out catastrophic backtracking. RE2 has no back-references and no look-around.
	 */
	public static boolean supportedPattern(String pattern) {
		try {
			// valid in the usual syntax too, so that typos are not taken as literal characters
			java.util.regex.Pattern.compile(pattern);
			com.google.re2j.Pattern.compile(pattern);
			return pattern.length() <= 500;
		}
		catch (java.util.regex.PatternSyntaxException | com.google.re2j.PatternSyntaxException e) {
			return false;
		}
	}

	/**
	 * Whether the whole value matches the pattern. A pattern RE2 cannot run never reaches applicants (the
	 * builder's check and the imports refuse it); should one be stored anyway, it checks nothing rather than fail.
	 */
	public boolean matchesPattern(String value) {
		return pattern == null || !supportedPattern(pattern) || com.google.re2j.Pattern.compile(pattern).matches(value);
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
