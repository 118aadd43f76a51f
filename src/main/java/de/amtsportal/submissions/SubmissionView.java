package de.amtsportal.submissions;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A submitted application as other modules see it (without its answers). */
public record SubmissionView(UUID id, String reference, UUID serviceId, String serviceSlug, String serviceName,
		UUID formVersionId, UUID responsibleUnit, @Nullable UUID applicantAccount, @Nullable UUID institution,
		@Nullable String contactEmail, Locale locale, ApplicationStatus status, Instant submittedAt) {
}
