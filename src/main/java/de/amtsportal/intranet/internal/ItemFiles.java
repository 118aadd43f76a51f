package de.amtsportal.intranet.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.identity.SignedInAccount;

/**
 * The files of intranet items — a library document's versions, a message's attachments: stored through the
 * documents module under the library's upload rules (type detected from the content, virus scan, zip bomb
 * check), with their text read for the search, and opened again for a download the caller has allowed.
 */
@Component
class ItemFiles {

	private final Documents documents;
	private final FileTexts fileTexts;

	ItemFiles(Documents documents, FileTexts fileTexts) {
		this.documents = documents;
		this.fileTexts = fileTexts;
	}

	/** A stored file as the item lists it, and its text. */
	record Stored(FileVersion file, String text) {
	}

	/** @throws de.amtsportal.documents.UploadRejected when the file breaks the rules; then nothing is stored */
	Stored store(int number, String fileName, InputStream content, String note, SignedInAccount by, Instant now) {
		StoredDocument stored = documents.store(fileName, content, Library.RULES);
		return new Stored(new FileVersion(number, stored.id(), stored.fileName(), stored.mediaType(), stored.size(), note,
				by.displayName(), now), fileTexts.of(stored));
	}

	/** The numbered file of an item the caller has already found the viewer may see. */
	Optional<Library.Download> open(Item item, int number) {
		return item.versions().stream().filter(v -> v.versionNumber() == number).findFirst()
			.flatMap(v -> documents.find(v.documentId()))
			.map(d -> new Library.Download(d, documents.open(d.id())));
	}
}
