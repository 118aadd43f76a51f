package de.amtsportal.cases;

import java.util.UUID;

/** A case as other modules see it: enough to link to it and to know where it stands. */
public record CaseSummary(UUID id, UUID submissionId, String reference, UUID serviceId, UUID orgUnit, CaseStatus status) {
}
