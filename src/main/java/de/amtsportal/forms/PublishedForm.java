package de.amtsportal.forms;

import java.util.UUID;

import de.amtsportal.forms.definition.FormDefinition;

/**
 * A released form version as other modules use it: an application is always tied to the exact version it was
 * started with, so publishing a newer one never changes an application in progress.
 */
public record PublishedForm(UUID formId, String slug, UUID versionId, int number, Audience audience,
		UUID responsibleUnit, FormDefinition definition) {
}
