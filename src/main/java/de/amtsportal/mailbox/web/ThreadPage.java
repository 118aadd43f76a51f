package de.amtsportal.mailbox.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.SubmissionView;

/**
 * What both sides' thread pages show: the application, its messages oldest first, and the query or document
 * request that still waits for an answer (the latest one with no reply after it); {@code wording} is the
 * variant of the message keys for the service's kind (a report speaks of a "Meldung").
 */
public record ThreadPage(SubmissionView submission, String unitName, List<MessageView> messages, @Nullable MessageView awaited,
		String wording) {

	static ThreadPage of(SubmissionView submission, List<MessageView> messages, Directory directory, Catalog catalog) {
		String unit = directory.orgUnit(submission.responsibleUnit()).map(OrgUnitView::name).orElse("");
		MessageView awaited = null;
		for (MessageView message : messages) {
			if (message.kind().expectsAnswer()) {
				awaited = message;
			}
			else if (message.kind() == MessageKind.REPLY) {
				awaited = null;
			}
		}
		return new ThreadPage(submission, unit, messages, awaited, catalog.kindOf(submission.serviceSlug()).wording());
	}

	public boolean hasDecision() {
		return messages.stream().anyMatch(m -> m.kind() == MessageKind.DECISION);
	}
}
