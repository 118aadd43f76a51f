package de.amtsportal.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * The reporter of a report answered the question after its closing with "not fixed": the problem is still there.
 * Published in the transaction that stores the rating; the reports module takes the report back to work.
 */
public record ReportedNotFixed(UUID submissionId, UUID serviceId, Instant at) {
}
