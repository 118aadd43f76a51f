package de.amtsportal.audit;

import org.jspecify.annotations.Nullable;

/**
 * Something to record. {@code actor} is an account id or a system name such as {@code "system"}; subjects
 * and details name records by id, never by personal data, so that deleting an account leaves nothing personal.
 */
public record AuditEvent(String actor, String action, @Nullable String subject, @Nullable String details) {

	public static AuditEvent of(String actor, String action) {
		return new AuditEvent(actor, action, null, null);
	}

	public static AuditEvent of(String actor, String action, String subject) {
		return new AuditEvent(actor, action, subject, null);
	}
}
