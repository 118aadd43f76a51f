package de.amtsportal.intranet.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** One version of a library document's file, stored by the documents module; the note says what changed. */
@Embeddable
public record FileVersion(int versionNumber, UUID documentId, String fileName, String mediaType, long sizeBytes, String note,
		String uploadedBy, Instant uploadedAt) {
}
