package de.amtsportal.mailbox;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.amtsportal.documents.Documents;

/** The stored documents sent with a message, as the thread names them. */
@Component
class MessageFiles {

	private final Documents documents;

	MessageFiles(Documents documents) {
		this.documents = documents;
	}

	List<MessageAttachment> of(List<UUID> documentIds) {
		return documentIds.stream().distinct()
			.map(id -> documents.find(id).orElseThrow(() -> new IllegalArgumentException("No stored document " + id)))
			.map(d -> new MessageAttachment(d.id(), d.fileName(), d.mediaType(), d.size()))
			.toList();
	}
}
