package de.amtsportal.cases;

import java.time.Instant;
import java.util.UUID;

/** Another org unit took the case over; from {@code at} on its caseworkers handle it. */
public record CaseHandedOver(UUID caseId, UUID submissionId, UUID fromUnit, UUID toUnit, Instant at) {
}
