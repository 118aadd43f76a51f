package de.amtsportal.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.amtsportal.audit.AuditTrail.AuditQuery;

/**
 * The filters of the audit view as typed, so a mistyped date comes back to the form unchanged with a message.
 * Dates come as ISO (what a date picker sends) or as German dates (typed where the browser shows a text field).
 */
record AuditFilter(@Size(max = 80, message = "{audit.error.action}") String action,
		@Size(max = 100, message = "{audit.error.actor}") String actor, String from, String to) {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	AuditFilter {
		action = action == null ? "" : action.strip();
		actor = actor == null ? "" : actor.strip();
		from = from == null ? "" : from.strip();
		to = to == null ? "" : to.strip();
	}

	static @Nullable LocalDate date(String value) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next one
			}
		}
		return null;
	}

	boolean validDate(String value) {
		return value.isEmpty() || date(value) != null;
	}

	AuditQuery query() {
		return new AuditQuery(action.isEmpty() ? null : action, actor.isEmpty() ? null : actor,
				from.isEmpty() ? null : date(from), to.isEmpty() ? null : date(to));
	}

	public boolean isEmpty() {
		return action.isEmpty() && actor.isEmpty() && from.isEmpty() && to.isEmpty();
	}
}
