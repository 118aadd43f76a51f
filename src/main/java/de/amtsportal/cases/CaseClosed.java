package de.amtsportal.cases;

import java.time.Instant;
import java.util.UUID;

/** A case was closed; its retention period starts now. */
public record CaseClosed(UUID caseId, UUID submissionId, UUID serviceId, Instant at) {
}
