package de.amtsportal.submissions;

import java.util.UUID;

/** A file sent with an application, stored in the documents module under {@code documentId}. */
public record SubmittedFile(UUID documentId, String fieldPath, String fileName, String mediaType, long size) {
}
