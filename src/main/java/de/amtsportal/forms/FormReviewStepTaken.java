package de.amtsportal.forms;

import java.util.UUID;

/** A form version moved in the review workflow; the other party is told by mail. */
public record FormReviewStepTaken(UUID formId, UUID versionId, FormVersionStatus status, String actor) {
}
