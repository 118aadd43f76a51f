package de.amtsportal.decisions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sealed decision went to the applicant's Postfach; the case file takes its document ({@code documentId}, a
 * signed PDF/A in the documents module) and the case moves on.
 */
public record DecisionIssued(UUID submissionId, UUID documentId, String reference, String title, UUID caseworker,
		Instant issuedAt, @Nullable UUID messageId) {
}
