package de.amtsportal.forms.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import de.amtsportal.forms.FormReviewStepTaken;
import de.amtsportal.forms.FormVersionPublished;
import de.amtsportal.forms.FormVersionStatus;

/**
 * One version of a form and its place in the review-and-release workflow. Every transition is a guarded
 * method that registers its event; the four-eyes rule (nobody approves what they wrote) lives here too.
 */
@Entity
@Table(name = "form_version")
public class FormVersion extends AbstractAggregateRoot<FormVersion> {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID formId;
	private int number;
	@Enumerated(EnumType.STRING)
	private FormVersionStatus status;
	private String definition;
	private String createdBy;
	private Instant createdAt;
	private String lastEditedBy;
	private Instant lastEditedAt;
	private @Nullable Instant submittedAt;
	private @Nullable String decidedBy;
	private @Nullable Instant decidedAt;
	private @Nullable Instant publishedAt;
	@Version
	private long version;

	protected FormVersion() {
		this.id = this.formId = UNLOADED;
		this.status = FormVersionStatus.DRAFT;
		this.definition = this.createdBy = this.lastEditedBy = "";
		this.createdAt = this.lastEditedAt = Instant.EPOCH;
	}

	FormVersion(UUID formId, int number, String definitionJson, String author, Instant now) {
		this.id = UUID.randomUUID();
		this.formId = formId;
		this.number = number;
		this.status = FormVersionStatus.DRAFT;
		this.definition = definitionJson;
		this.createdBy = this.lastEditedBy = author;
		this.createdAt = this.lastEditedAt = now;
	}

	void edit(String definitionJson, String editor, Instant now) {
		require(status.editable(), "edit");
		this.definition = definitionJson;
		this.lastEditedBy = editor;
		this.lastEditedAt = now;
	}

	void submitForReview(String editor, Instant now) {
		require(status.editable(), "submit for review");
		status = FormVersionStatus.IN_REVIEW;
		submittedAt = now;
		registerEvent(new FormReviewStepTaken(formId, id, status, editor));
	}

	void requestChanges(String reviewer, Instant now) {
		decide(reviewer, now, "request changes on");
		status = FormVersionStatus.CHANGES_REQUESTED;
		registerEvent(new FormReviewStepTaken(formId, id, status, reviewer));
	}

	void approve(String reviewer, Instant now) {
		decide(reviewer, now, "approve");
		status = FormVersionStatus.APPROVED;
		registerEvent(new FormReviewStepTaken(formId, id, status, reviewer));
	}

	void publish(String actor, Instant now) {
		require(status == FormVersionStatus.APPROVED, "publish");
		status = FormVersionStatus.PUBLISHED;
		publishedAt = now;
		registerEvent(new FormReviewStepTaken(formId, id, status, actor));
		registerEvent(new FormVersionPublished(formId, id, number));
	}

	void supersede() {
		require(status == FormVersionStatus.PUBLISHED, "supersede");
		status = FormVersionStatus.SUPERSEDED;
	}

	/** Whether this person wrote (part of) this version and therefore may not review it. */
	boolean writtenBy(String account) {
		return createdBy.equals(account) || lastEditedBy.equals(account);
	}

	private void decide(String reviewer, Instant now, String action) {
		require(status == FormVersionStatus.IN_REVIEW, action);
		if (writtenBy(reviewer)) {
			throw new WorkflowViolation("forms.error.own-version");
		}
		decidedBy = reviewer;
		decidedAt = now;
	}

	private void require(boolean allowed, String action) {
		if (!allowed) {
			throw new WorkflowViolation("forms.error.not-allowed-in-status",
					"Cannot " + action + " form version " + id + " in status " + status);
		}
	}

	public UUID id() {
		return id;
	}

	public UUID formId() {
		return formId;
	}

	public int number() {
		return number;
	}

	public FormVersionStatus status() {
		return status;
	}

	public String definition() {
		return definition;
	}

	public String createdBy() {
		return createdBy;
	}

	public String lastEditedBy() {
		return lastEditedBy;
	}

	public Instant lastEditedAt() {
		return lastEditedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}
}
