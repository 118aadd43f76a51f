package de.amtsportal.submissions.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.SubmissionView;

/** A submitted application: the answers as sent, against the exact form version, and where it stands. */
@Entity
@Table(name = "submission")
public class Submission implements Persistable<UUID> {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private String reference;
	private UUID draftId;
	private UUID serviceId;
	private String serviceSlug;
	private String serviceName;
	private UUID formId;
	private UUID formVersionId;
	private UUID responsibleUnit;
	private @Nullable UUID applicantAccount;
	private @Nullable UUID institutionId;
	private @Nullable String contactEmail;
	private String locale;
	private String answers;
	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;
	private Instant submittedAt;
	private boolean receiptByMail;
	private boolean ratedAfterSubmission;
	private boolean ratedAfterDecision;
	@Version
	private long version;
	private transient boolean fresh;

	protected Submission() {
		this.id = this.draftId = this.serviceId = this.formId = this.formVersionId = this.responsibleUnit = UNLOADED;
		this.reference = this.serviceSlug = this.serviceName = this.locale = this.answers = "";
		this.status = ApplicationStatus.RECEIVED;
		this.submittedAt = Instant.EPOCH;
	}

	Submission(UUID id, String reference, Draft draft, String answers, String serviceName, UUID formId, UUID responsibleUnit,
			@Nullable String contactEmail, boolean receiptByMail, Instant now) {
		this.id = id;
		this.reference = reference;
		this.draftId = draft.id();
		this.serviceId = draft.serviceId();
		this.serviceSlug = draft.serviceSlug();
		this.serviceName = serviceName;
		this.formId = formId;
		this.formVersionId = draft.formVersionId();
		this.responsibleUnit = responsibleUnit;
		this.applicantAccount = draft.ownerAccount();
		this.institutionId = draft.institutionId();
		this.contactEmail = contactEmail;
		this.locale = draft.locale().getLanguage();
		this.answers = answers;
		this.status = ApplicationStatus.RECEIVED;
		this.submittedAt = now;
		this.receiptByMail = receiptByMail;
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
	 * A report reopened after its closing ("not fixed") gets a new decision later; the reporter is asked how
	 * satisfied they are with that one too, so the rating after the decision is open again.
	 */
	void changeStatus(ApplicationStatus status) {
		if (isDecided(this.status) && !isDecided(status)) {
			ratedAfterDecision = false;
		}
		this.status = status;
	}

	private static boolean isDecided(ApplicationStatus status) {
		return status == ApplicationStatus.DECIDED || status == ApplicationStatus.CLOSED || status == ApplicationStatus.REJECTED;
	}

	/** Another org unit handles the application from now on (its caseworkers answer in the Postfach). */
	void handOverTo(UUID unit) {
		this.responsibleUnit = unit;
	}

	void rated(boolean afterDecision) {
		if (afterDecision) {
			ratedAfterDecision = true;
		}
		else {
			ratedAfterSubmission = true;
		}
	}

	public SubmissionView view() {
		return new SubmissionView(id, reference, serviceId, serviceSlug, serviceName, formVersionId, responsibleUnit,
				applicantAccount, institutionId, contactEmail, locale(), status, submittedAt);
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public UUID serviceId() {
		return serviceId;
	}

	public String serviceSlug() {
		return serviceSlug;
	}

	public String serviceName() {
		return serviceName;
	}

	public UUID formId() {
		return formId;
	}

	public UUID formVersionId() {
		return formVersionId;
	}

	public UUID responsibleUnit() {
		return responsibleUnit;
	}

	public @Nullable UUID applicantAccount() {
		return applicantAccount;
	}

	public @Nullable UUID institutionId() {
		return institutionId;
	}

	public @Nullable String contactEmail() {
		return contactEmail;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public String answers() {
		return answers;
	}

	public ApplicationStatus status() {
		return status;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	/** Whether the applicant chose to get the receipt, with all answers, attached to the confirmation mail. */
	public boolean receiptByMail() {
		return receiptByMail;
	}

	public boolean ratedAfterSubmission() {
		return ratedAfterSubmission;
	}

	public boolean ratedAfterDecision() {
		return ratedAfterDecision;
	}
}
