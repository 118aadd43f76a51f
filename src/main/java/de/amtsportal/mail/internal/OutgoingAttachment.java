package de.amtsportal.mail.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.amtsportal.mail.MailMessage;

@Entity
@Table(name = "outgoing_mail_attachment")
class OutgoingAttachment {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID mailId;
	@Column(name = "position")
	private int position;
	private String fileName;
	private String mediaType;
	private byte[] content;

	protected OutgoingAttachment() {
		this.id = this.mailId = UNLOADED;
		this.fileName = this.mediaType = "";
		this.content = new byte[0];
	}

	OutgoingAttachment(UUID mailId, int position, MailMessage.Attachment attachment) {
		this.id = UUID.randomUUID();
		this.mailId = mailId;
		this.position = position;
		this.fileName = attachment.fileName();
		this.mediaType = attachment.mediaType();
		this.content = attachment.content();
	}

	String fileName() {
		return fileName;
	}

	String mediaType() {
		return mediaType;
	}

	byte[] content() {
		return content;
	}
}
