package de.amtsportal.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A closed case was erased after its retention period, with its submission, files and Postfach thread. Carries
 * ids only; modules that keep something about the submission forget it.
 */
public record CaseErased(UUID caseId, UUID submissionId, UUID serviceId, Instant at) {
}
