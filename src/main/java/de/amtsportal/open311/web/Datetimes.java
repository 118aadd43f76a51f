package de.amtsportal.open311.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Date and time as GeoReport v2 wants them: the W3C profile of ISO 8601 with the offset always given
 * ({@code 2026-11-29T14:05:00+01:00}), written in the authority's time zone, read with any offset or as a bare day.
 */
final class Datetimes {

	private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private Datetimes() {
	}

	static @Nullable String w3c(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
	}

	/** A parameter such as start_date; 400 in the specification's format when it is not a W3C date or datetime. */
	static @Nullable Instant parameter(String name, @Nullable String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException e) {
			throw Open311Failure.of(HttpStatus.BAD_REQUEST, "open311.error.datetime", name);
		}
	}

	/**
	 * The span a list covers: from start_date (default: a window back from the end) to end_date (default: now).
	 * Only dates the client gave in the wrong order are refused; a start after now simply finds nothing.
	 */
	record Window(Instant from, Instant to) {
	}

	static Window window(@Nullable String startDate, @Nullable String endDate, ZoneId zone, java.time.Duration defaultWindow, Instant now) {
		Instant given = parameter("end_date", endDate, zone);
		Instant to = given == null ? now : given;
		Instant from = parameter("start_date", startDate, zone);
		Window window = new Window(from == null ? to.minus(defaultWindow) : from, to);
		if (given != null && from != null && given.isBefore(from)) {
			throw Open311Failure.of(org.springframework.http.HttpStatus.BAD_REQUEST, "open311.error.date-order");
		}
		return window;
	}

	/** A datetime attribute's value as the day the form engine keeps (ISO), in the authority's time zone. */
	static @Nullable String day(String value, ZoneId zone) {
		String text = value.trim();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).toString();
			}
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).atZoneSameInstant(zone).toLocalDate().toString();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
