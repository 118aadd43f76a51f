package de.amtsportal.mailbox.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import de.amtsportal.submissions.SubmissionView;

/** The Postfach thread of one submission. */
@Entity
@Table(name = "mailbox_thread")
public class MessageThread {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID submissionId;
	private String reference;
	private String serviceName;
	private @Nullable UUID applicantAccount;
	private @Nullable UUID institutionId;
	private Instant createdAt;
	private Instant lastMessageAt;

	protected MessageThread() {
		this.id = this.submissionId = UNLOADED;
		this.reference = this.serviceName = "";
		this.createdAt = this.lastMessageAt = Instant.EPOCH;
	}

	MessageThread(SubmissionView submission, Instant now) {
		this.id = UUID.randomUUID();
		this.submissionId = submission.id();
		this.reference = submission.reference();
		this.serviceName = submission.serviceName();
		this.applicantAccount = submission.applicantAccount();
		this.institutionId = submission.institution();
		this.createdAt = now;
		this.lastMessageAt = submission.submittedAt();
	}

	void touched(Instant at) {
		this.lastMessageAt = at;
	}

	public UUID id() {
		return id;
	}

	public UUID submissionId() {
		return submissionId;
	}

	public String reference() {
		return reference;
	}

	public String serviceName() {
		return serviceName;
	}

	public Instant lastMessageAt() {
		return lastMessageAt;
	}
}
