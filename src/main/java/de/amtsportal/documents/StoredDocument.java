package de.amtsportal.documents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored file. {@code fileName} is the uploader's name reduced to a safe base name (for display and downloads
 * only — storage never uses it), {@code mediaType} the type detected from the content, {@code size} and
 * {@code sha256} describe the stored bytes (for images: after re-encoding), {@code position} comes from a
 * photo's EXIF GPS data.
 */
public record StoredDocument(UUID id, String fileName, String mediaType, long size, String sha256,
		@Nullable GeoPosition position, Instant storedAt) {
}
