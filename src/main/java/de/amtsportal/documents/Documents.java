package de.amtsportal.documents;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.documents.internal.DocumentStore;

/**
 * The module's API for every uploaded file. {@link #store} joins the caller's transaction: the document exists
 * only if the caller's change commits (on rollback its bytes are removed again).
 */
@Service
public class Documents {

	private final DocumentStore store;

	Documents(DocumentStore store) {
		this.store = store;
	}

	/**
	 * Inspects and stores an upload: reads at most {@code rules.maxBytes()} (plus one) bytes of the stream,
	 * detects the real type from the content, runs the virus scanner when one is configured, re-encodes images
	 * (dropping their metadata, keeping their GPS position in {@link StoredDocument#position()}), refuses PDFs
	 * with active content and archive bombs. The caller closes the stream.
	 *
	 * @throws UploadRejected when the upload breaks a rule; then nothing is stored
	 */
	@Transactional
	public StoredDocument store(String originalFileName, InputStream content, UploadRules rules) {
		return store.store(originalFileName, content, rules);
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(UUID id) {
		return store.find(id);
	}

	/**
	 * The stored bytes; the caller closes the stream. Callers check access first: this method knows no owners.
	 *
	 * @throws java.util.NoSuchElementException when nothing is stored under the id
	 */
	public InputStream open(UUID id) {
		return store.open(id);
	}

	/** Deletes the metadata in the caller's transaction and the bytes after it commits. */
	@Transactional
	public void delete(UUID id) {
		store.delete(id);
	}
}
