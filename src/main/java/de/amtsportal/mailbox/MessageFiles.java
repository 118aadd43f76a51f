package de.amtsportal.mailbox;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The stored documents sent with a message, as the thread names them. */
@Component
class MessageFiles {

	List<MessageAttachment> of(List<UUID> documentIds) {
		if (!documentIds.isEmpty()) {
			// the documents module is merged next; until then messages carry no files
			throw new IllegalArgumentException("Attachments are not supported yet");
		}
		return List.of();
	}
}
