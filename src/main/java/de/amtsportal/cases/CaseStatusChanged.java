package de.amtsportal.cases;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case moved from one status to another; {@code actor} is the staff account, null when the applicant caused it. */
public record CaseStatusChanged(UUID caseId, UUID submissionId, CaseStatus from, CaseStatus to, @Nullable UUID actor,
		Instant at) {
}
