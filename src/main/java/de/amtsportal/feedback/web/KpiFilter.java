package de.amtsportal.feedback.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The dashboard's period and service, as they come from the address (anything unreadable means the default). */
public record KpiFilter(YearMonth from, YearMonth to, @Nullable UUID service) {

	static KpiFilter of(@Nullable String from, @Nullable String to, @Nullable String service, YearMonth current) {
		YearMonth end = month(to, current);
		YearMonth start = month(from, end.minusMonths(11));
		if (end.isAfter(current)) {
			end = current;
		}
		if (start.isAfter(end)) {
			start = end;
		}
		if (start.plusMonths(de.amtsportal.feedback.Kpis.MAX_MONTHS).isBefore(end)) {
			start = end.minusMonths(de.amtsportal.feedback.Kpis.MAX_MONTHS);
		}
		return new KpiFilter(start, end, id(service));
	}

	private static YearMonth month(@Nullable String value, YearMonth fallback) {
		try {
			return value == null || value.isBlank() ? fallback : YearMonth.parse(value);
		}
		catch (DateTimeParseException e) {
			return fallback;
		}
	}

	private static @Nullable UUID id(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
