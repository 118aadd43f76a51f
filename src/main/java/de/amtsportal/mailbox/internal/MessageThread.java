package de.amtsportal.mailbox.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import de.amtsportal.submissions.SubmissionView;

/** The Postfach thread of one submission. */
@Entity
@Table(name = "mailbox_thread")
public class MessageThread implements Persistable<UUID> {

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
	private transient boolean fresh;

	protected MessageThread() {
		this.id = this.submissionId = UNLOADED;
		this.reference = this.serviceName = "";
		this.createdAt = this.lastMessageAt = Instant.EPOCH;
	}

	MessageThread(SubmissionView submission, Instant now) {
		this(submission.id(), submission.reference(), submission.serviceName(), submission.applicantAccount(), submission.institution(),
				submission.submittedAt(), now);
	}

	private MessageThread(UUID submissionId, String reference, String serviceName, @Nullable UUID applicantAccount,
			@Nullable UUID institutionId, Instant submittedAt, Instant now) {
		this.id = UUID.randomUUID();
		this.submissionId = submissionId;
		this.reference = reference;
		this.serviceName = serviceName;
		this.applicantAccount = applicantAccount;
		this.institutionId = institutionId;
		this.createdAt = now;
		this.lastMessageAt = submittedAt;
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
