package de.amtsportal.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import de.amtsportal.audit.AuditEntry;

/** An immutable row of the audit trail; there are no setters and no update path. */
@Entity
@Table(name = "audit_entry")
class AuditEntryRecord implements Persistable<Long> {

	@Id
	private long seq;
	private Instant occurredAt;
	private String actor;
	private String action;
	private @Nullable String subject;
	private @Nullable String details;
	private @Nullable String clientAddress;
	private String previousHash;
	private String hash;
	private transient boolean fresh;

	protected AuditEntryRecord() {
		this.occurredAt = Instant.EPOCH;
		this.actor = this.action = this.previousHash = this.hash = "";
	}

	AuditEntryRecord(long seq, Instant occurredAt, String actor, String action, @Nullable String subject,
			@Nullable String details, @Nullable String clientAddress, String previousHash) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.details = details;
		this.clientAddress = clientAddress;
		this.previousHash = previousHash;
		this.hash = computeHash();
		this.fresh = true;
	}

	@Override
	public Long getId() {
		return seq;
	}

	/** Always a new number: saving inserts without reading first. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	/** The hash over the predecessor's hash and every field of this entry. */
	String computeHash() {
		return Sha256.hex(String.join("\u001f", previousHash, Long.toString(seq), occurredAt.toString(), actor,
				action, nullToEmpty(subject), nullToEmpty(details), nullToEmpty(clientAddress)));
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	long seq() {
		return seq;
	}

	String hash() {
		return hash;
	}

	String previousHash() {
		return previousHash;
	}

	AuditEntry toEntry() {
		return new AuditEntry(seq, occurredAt, actor, action, subject, details, clientAddress, hash);
	}
}
