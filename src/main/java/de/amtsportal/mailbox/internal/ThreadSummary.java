package de.amtsportal.mailbox.internal;

import java.time.Instant;
import java.util.UUID;

/** A line of a person's Postfach. */
public record ThreadSummary(UUID submissionId, String reference, String serviceName, Instant lastMessageAt, long unread) {
}
