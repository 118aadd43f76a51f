package de.amtsportal.submissions;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission was erased with its answers and files (its case's retention ended). Published in the erasing
 * transaction; modules that keep something about the submission (deliveries, exports) forget it. Listeners must
 * be idempotent: the event publication registry redelivers until they succeed.
 */
public record SubmissionErased(UUID submissionId, Instant at) {
}
