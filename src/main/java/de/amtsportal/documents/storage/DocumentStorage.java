package de.amtsportal.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where the bytes of documents live: the filesystem by default, S3-compatible object storage when scaled out.
 * Keys are always server-generated UUIDs; implementations ignore (and never delete) anything else they find.
 */
public interface DocumentStorage {

	/** Stores the file under the key; the object appears whole or not at all. */
	void put(UUID key, Path content) throws IOException;

	/** @throws java.util.NoSuchElementException when nothing is stored under the key */
	InputStream open(UUID key) throws IOException;

	/** Removes the object; a missing one is no error. */
	void delete(UUID key) throws IOException;

	/** Every object stored, with the time it was written. */
	void forEach(Consumer<StoredObject> action) throws IOException;

	record StoredObject(UUID key, Instant lastModified) {
	}
}
