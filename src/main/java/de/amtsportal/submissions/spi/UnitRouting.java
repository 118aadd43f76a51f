package de.amtsportal.submissions.spi;

import java.util.Optional;
import java.util.UUID;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.FormDefinition;

/**
 * Decides which org unit handles a submission, before it is stored: the case is opened in the unit named by
 * {@link de.amtsportal.submissions.SubmissionReceived}, so a later correction would be a hand-over. Without an
 * implementation that claims the submission, the form's responsible unit handles it.
 */
public interface UnitRouting {

	/** The unit that handles the submission, or empty when this routing has no opinion (the default applies). */
	Optional<UUID> route(Routed submission);

	/** What a routing may look at: the service, its default unit and the validated answers. */
	record Routed(UUID serviceId, String serviceSlug, UUID defaultUnit, FormDefinition definition, Answers answers) {
	}
}
