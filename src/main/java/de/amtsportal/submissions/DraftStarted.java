package de.amtsportal.submissions;

import java.time.Instant;
import java.util.UUID;

/**
 * Somebody started an application (a draft exists). The KPIs count started against submitted applications
 * to show how many people finish what they start; nothing about the applicant travels with it.
 */
public record DraftStarted(UUID draftId, UUID serviceId, String serviceName, UUID formVersionId, Instant startedAt) {
}
