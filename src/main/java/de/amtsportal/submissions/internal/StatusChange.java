package de.amtsportal.submissions.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.StatusStep;

@Entity
@Table(name = "submission_status_change")
class StatusChange implements Persistable<UUID> {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID submissionId;
	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;
	private Instant changedAt;
	private transient boolean fresh;

	protected StatusChange() {
		this.id = this.submissionId = UNLOADED;
		this.status = ApplicationStatus.RECEIVED;
		this.changedAt = Instant.EPOCH;
	}

	StatusChange(UUID submissionId, ApplicationStatus status, Instant at) {
		this.id = UUID.randomUUID();
		this.submissionId = submissionId;
		this.status = status;
		this.changedAt = at;
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

	StatusStep step() {
		return new StatusStep(status, changedAt);
	}
}
