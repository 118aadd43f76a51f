package de.amtsportal.cases;

import java.time.Instant;
import java.util.UUID;

/** The authority decided on the application of a case (published besides {@link CaseStatusChanged}). */
public record CaseDecided(UUID caseId, UUID submissionId, UUID serviceId, Instant at) {
}
