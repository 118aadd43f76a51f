package de.amtsportal.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message of a thread as both sides see it. {@code requestedDocuments} is what a document request asks for;
 * {@code readAt} is when the applicant first opened it (authority messages only); {@code author} is the staff
 * account that wrote an authority message (null for replies: the applicant may be anonymous).
 */
public record MessageView(UUID id, UUID submissionId, MessageKind kind, String text, List<String> requestedDocuments,
		List<MessageAttachment> attachments, @Nullable UUID author, Instant sentAt, @Nullable Instant readAt) {

	public boolean fromAuthority() {
		return kind.fromAuthority();
	}
}
