package de.amtsportal.decisions;

import java.util.UUID;

/** The result of {@link Decisions#issue}: the sealed PDF as stored in the documents module. */
public record IssuedDecision(UUID documentId, String fileName) {
}
