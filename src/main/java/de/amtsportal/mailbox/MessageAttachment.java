package de.amtsportal.mailbox;

import java.util.UUID;

/** A file sent with a message, stored in the documents module under {@code documentId}. */
public record MessageAttachment(UUID documentId, String fileName, String mediaType, long size) {
}
