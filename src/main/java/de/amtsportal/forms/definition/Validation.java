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
