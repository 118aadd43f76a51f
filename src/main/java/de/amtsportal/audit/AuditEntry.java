package de.amtsportal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded entry, as shown to administrators. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, @Nullable String subject,
		@Nullable String details, @Nullable String clientAddress, String hash) {
}
