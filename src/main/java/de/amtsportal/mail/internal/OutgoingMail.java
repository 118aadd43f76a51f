package de.amtsportal.mail.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import de.amtsportal.mail.MailMessage;

@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail implements Persistable<UUID> {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	public enum Status {
		/** waiting for delivery */
		QUEUED,
		/** handed to the SMTP server */
		SENT,
		/** no SMTP server is configured (demo run): kept in the outbox only */
		KEPT
	}

	@Id
	private UUID id;
	private String recipient;
	private String subject;
	private String body;
	@Enumerated(EnumType.STRING)
	private Status status;
	private int attempts;
	private @Nullable String lastError;
	private Instant createdAt;
	private @Nullable Instant sentAt;
	private transient boolean fresh;

	protected OutgoingMail() {
		this.id = UNLOADED;
		this.recipient = this.subject = this.body = "";
		this.status = Status.QUEUED;
		this.createdAt = Instant.EPOCH;
	}

	OutgoingMail(MailMessage message, Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = message.to();
		this.subject = message.subject();
		this.body = message.text();
		this.status = Status.QUEUED;
		this.createdAt = now;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** Always a new id: saving inserts without reading first. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	void sent(Instant now) {
		attempts++;
		status = Status.SENT;
		sentAt = now;
		lastError = null;
	}

	void kept() {
		status = Status.KEPT;
	}

	void failed(String error) {
		attempts++;
		lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	public UUID id() {
		return id;
	}

	public String recipient() {
		return recipient;
	}

	public String subject() {
		return subject;
	}

	public String body() {
		return body;
	}

	public Status status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant sentAt() {
		return sentAt;
	}

	public int attempts() {
		return attempts;
	}

	public @Nullable String lastError() {
		return lastError;
	}
}
