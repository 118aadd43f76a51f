package de.amtsportal.mail;

import java.util.List;

/**
 * A plain-text mail to one recipient. Links stand on their own line so every mail client makes them clickable.
 * Attachments are for what the recipient asked to get by mail (e.g. a receipt with their answers).
 */
public record MailMessage(String to, String subject, String text, List<Attachment> attachments) {

	/** Mails go out through a database outbox: attachments are kept small. */
	public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	public MailMessage {
		attachments = List.copyOf(attachments);
		if (attachments.stream().mapToLong(a -> a.content().length).sum() > MAX_ATTACHMENT_BYTES) {
			throw new IllegalArgumentException("Mail attachments are limited to " + MAX_ATTACHMENT_BYTES + " bytes");
		}
	}

	public MailMessage(String to, String subject, String text) {
		this(to, subject, text, List.of());
	}

	public record Attachment(String fileName, String mediaType, byte[] content) {
	}
}
