package de.amtsportal.web.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message sent through the contact form to an org unit. */
@Entity
@Table(name = "contact_message")
public class ContactMessage {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID orgUnitId;
	private String senderName;
	private String senderEmail;
	private String subject;
	private String message;
	private String locale;
	private Instant createdAt;

	protected ContactMessage() {
		this.id = this.orgUnitId = UNLOADED;
		this.senderName = this.senderEmail = this.subject = this.message = this.locale = "";
		this.createdAt = Instant.EPOCH;
	}

	ContactMessage(UUID orgUnitId, String senderName, String senderEmail, String subject, String message, String locale,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.orgUnitId = orgUnitId;
		this.senderName = senderName;
		this.senderEmail = senderEmail;
		this.subject = subject;
		this.message = message;
		this.locale = locale;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrgUnitId() {
		return orgUnitId;
	}

	public String getSenderName() {
		return senderName;
	}

	public String getSenderEmail() {
		return senderEmail;
	}

	public String getSubject() {
		return subject;
	}

	public String getMessage() {
		return message;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
