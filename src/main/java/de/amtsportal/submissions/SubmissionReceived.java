package de.amtsportal.submissions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application was submitted. Published in the transaction that stores the submission, so the event
 * publication registry holds it exactly when the submission exists; listeners must be idempotent.
 * {@code applicantAccount} is null for anonymous applicants, {@code institution} set for an institution's
 * application (its members share it).
 */
public record SubmissionReceived(UUID submissionId, String reference, UUID serviceId, String serviceName, UUID formId,
		UUID formVersionId, UUID responsibleUnit, @Nullable UUID applicantAccount, @Nullable UUID institution,
		Instant submittedAt) {
}
