package de.amtsportal.submissions;

import java.time.Instant;
import java.util.UUID;

/** The status of an application changed; the applicant is told by mail that there is news. */
public record ApplicationStatusChanged(UUID submissionId, String reference, ApplicationStatus status, Instant at) {
}
