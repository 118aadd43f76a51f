package de.amtsportal.mailbox.web;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.Downloads;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.mailbox.MessageView;

/** Downloads of a thread's files, for either side's thread page. */
@Component
class ThreadFiles {

	private final Documents documents;

	ThreadFiles(Documents documents) {
		this.documents = documents;
	}

	/** A file of the thread as a download (never inline); 404 for a document that is not one of its messages'. */
	ResponseEntity<Resource> download(List<MessageView> messages, UUID documentId) {
		if (messages.stream().flatMap(m -> m.attachments().stream()).noneMatch(a -> a.documentId().equals(documentId))) {
			throw new NotFound();
		}
		StoredDocument document = documents.find(documentId).orElseThrow(NotFound::new);
		return Downloads.attachment(document, documents.open(documentId));
	}
}
