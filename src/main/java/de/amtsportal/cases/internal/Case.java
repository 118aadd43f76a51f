package de.amtsportal.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

import de.amtsportal.cases.CaseClosed;
import de.amtsportal.cases.CaseDecided;
import de.amtsportal.cases.CaseHandedOver;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.cases.CaseStatusChanged;
import de.amtsportal.cases.CaseSummary;
import de.amtsportal.submissions.SubmissionView;

/**
 * A case: the back office's handling of one submission. The status changes only through {@link #moveTo}, which
 * refuses what the status model does not allow and registers the events. The inbox's columns (reference,
 * service, applicant name, assignee) are copied onto the row so that the inbox reads this table alone.
 */
@Entity
@Table(name = "cases")
public class Case extends AbstractAggregateRoot<Case> implements Persistable<UUID> {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID submissionId;
	private String reference;
	private UUID serviceId;
	private String serviceName;
	private UUID orgUnit;
	private String applicantName;
	@Enumerated(EnumType.STRING)
	private CaseStatus status;
	private @Nullable UUID assignee;
	private @Nullable String assigneeName;
	private @Nullable LocalDate dueDate;
	private @Nullable LocalDate remindedFor;
	private Instant receivedAt;
	private Instant statusChangedAt;
	private @Nullable Instant decidedAt;
	private @Nullable Instant closedAt;
	private boolean legalHold;
	private @Nullable String legalHoldReason;
	@Version
	private long version;
	private transient boolean fresh;

	protected Case() {
		this.id = this.submissionId = this.serviceId = this.orgUnit = UNLOADED;
		this.reference = this.serviceName = this.applicantName = "";
		this.status = CaseStatus.RECEIVED;
		this.receivedAt = this.statusChangedAt = Instant.EPOCH;
	}

	Case(SubmissionView submission, String applicantName) {
		this.id = UUID.randomUUID();
		this.submissionId = submission.id();
		this.reference = submission.reference();
		this.serviceId = submission.serviceId();
		this.serviceName = submission.serviceName();
		this.orgUnit = submission.responsibleUnit();
		this.applicantName = applicantName;
		this.status = CaseStatus.RECEIVED;
		this.receivedAt = this.statusChangedAt = submission.submittedAt();
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

	/**
	 * The one way to change the status.
	 *
	 * @throws IllegalStateException when the status model does not allow the step, or the case is on legal hold
	 *         and would be closed (a hold keeps the case as it is)
	 */
	CaseStatus moveTo(CaseStatus target, @Nullable UUID actor, Instant now) {
		if (!status.allows(target)) {
			throw new IllegalStateException("A case " + status + " cannot become " + target);
		}
		CaseStatus from = status;
		status = target;
		statusChangedAt = now;
		registerEvent(new CaseStatusChanged(id, submissionId, from, target, actor, now));
		if (target == CaseStatus.DECIDED || target == CaseStatus.REJECTED) {
			decidedAt = now;
			registerEvent(new CaseDecided(id, submissionId, serviceId, now));
		}
		if (target == CaseStatus.CLOSED) {
			closedAt = now;
			registerEvent(new CaseClosed(id, submissionId, serviceId, now));
		}
		return from;
	}

	/**
	 * A decided report comes back to work because its reporter says the problem is still there. Only the caller
	 * knows whether the case is a report's (the status model of applications has no way back).
	 *
	 * @throws IllegalStateException when the case is still open
	 */
	CaseStatus reopen(Instant now) {
		if (status.isOpen() || status == CaseStatus.WITHDRAWN) {
			throw new IllegalStateException("A case " + status + " cannot be reopened");
		}
		CaseStatus from = status;
		status = CaseStatus.IN_PROGRESS;
		statusChangedAt = now;
		decidedAt = null;
		closedAt = null;
		registerEvent(new CaseStatusChanged(id, submissionId, from, status, null, now));
		return from;
	}

	public CaseSummary summary() {
		return new CaseSummary(id, submissionId, reference, serviceId, orgUnit, status);
	}

	void assignTo(@Nullable UUID account, @Nullable String name) {
		this.assignee = account;
		this.assigneeName = name;
	}

	/** Another unit takes over: nobody there has it yet. */
	void handOverTo(UUID unit, Instant now) {
		registerEvent(new CaseHandedOver(id, submissionId, orgUnit, unit, now));
		this.orgUnit = unit;
		assignTo(null, null);
	}

	void due(@Nullable LocalDate date) {
		this.dueDate = date;
	}

	void reminded() {
		this.remindedFor = dueDate;
	}

	void hold(@Nullable String reason) {
		this.legalHold = reason != null;
		this.legalHoldReason = reason;
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

	public UUID serviceId() {
		return serviceId;
	}

	public String serviceName() {
		return serviceName;
	}

	public UUID orgUnit() {
		return orgUnit;
	}

	public String applicantName() {
		return applicantName;
	}

	public CaseStatus status() {
		return status;
	}

	public @Nullable UUID assignee() {
		return assignee;
	}

	public @Nullable String assigneeName() {
		return assigneeName;
	}

	public @Nullable LocalDate dueDate() {
		return dueDate;
	}

	public @Nullable LocalDate remindedFor() {
		return remindedFor;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Instant statusChangedAt() {
		return statusChangedAt;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public boolean legalHold() {
		return legalHold;
	}

	public @Nullable String legalHoldReason() {
		return legalHoldReason;
	}

	public boolean isOverdue(LocalDate today) {
		return dueDate != null && dueDate.isBefore(today) && status.isOpen();
	}
}
