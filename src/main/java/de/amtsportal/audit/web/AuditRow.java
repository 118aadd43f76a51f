package de.amtsportal.audit.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.amtsportal.audit.AuditEntry;
import de.amtsportal.audit.AuditTrail;

/** An audit entry as the page shows it: the time in the authority's zone and the reader's language. */
record AuditRow(String seq, String time, String isoTime, String actor, String action, @Nullable String subject,
		@Nullable String details, @Nullable String clientAddress) {

	static AuditRow of(AuditEntry entry, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
			.withZone(AuditTrail.TIME_ZONE);
		return new AuditRow(Long.toString(entry.seq()), format.format(entry.occurredAt()), entry.occurredAt().toString(),
				entry.actor(), entry.action(), entry.subject(), entry.details(), entry.clientAddress());
	}
}
