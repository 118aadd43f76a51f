package de.amtsportal.forms;

import java.util.UUID;

/** A form version was released; new applications use it from now on. */
public record FormVersionPublished(UUID formId, UUID versionId, int number) {
}
