package de.amtsportal.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.amtsportal.documents.StoredDocument;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.documents.storage.DocumentStorage;

/**
 * Stores inspected uploads: the bytes first, then the metadata row in the caller's transaction. When that
 * transaction rolls back, the bytes are removed right after; if the process dies in between, the
 * {@link OrphanSweep} removes them a day later. Deleting works the other way round: the row goes in the
 * transaction, the bytes after the commit.
 */
@Component
public class DocumentStore {

	private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

	private final UploadInspection inspection;
	private final DocumentStorage storage;
	private final DocumentRecords records;
	private final Clock clock;

	DocumentStore(UploadInspection inspection, DocumentStorage storage, DocumentRecords records, Clock clock) {
		this.inspection = inspection;
		this.storage = storage;
		this.records = records;
		this.clock = clock;
	}

	public StoredDocument store(String originalFileName, InputStream content, UploadRules rules) {
		String name = FileNames.safe(originalFileName);
		try (Spool spool = Spool.receive(content, rules.maxBytes())) {
			UploadInspection.Inspected inspected = inspection.inspect(spool, rules);
			UUID id = UUID.randomUUID();
			String sha256 = sha256(inspected.content());
			storage.put(id, inspected.content());
			try {
				DocumentRecord record = records.save(new DocumentRecord(id, FileNames.withExtension(name, inspected.extensions()),
						inspected.mediaType(), Files.size(inspected.content()), sha256, inspected.position(), now()));
				afterRollback(() -> deleteQuietly(id));
				return record.view();
			}
			catch (RuntimeException e) {
				deleteQuietly(id);
				throw e;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** In the database's precision, so that what store() returns equals what find() reads later. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	public Optional<StoredDocument> find(UUID id) {
		return records.findById(id).map(DocumentRecord::view);
	}

	public InputStream open(UUID id) {
		try {
			return storage.open(id);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void delete(UUID id) {
		records.deleteById(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteQuietly(id);
				}
			});
		}
		else {
			deleteQuietly(id);
		}
	}

	void deleteQuietly(UUID id) {
		try {
			storage.delete(id);
		}
		catch (IOException | RuntimeException e) {
			// without its row the object is an orphan now: the sweep removes it
			log.warn("Could not remove stored document {} now; the orphan sweep will: {}", id, e.toString());
		}
	}

	private static void afterRollback(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						action.run();
					}
				}
			});
		}
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
