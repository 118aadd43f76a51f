package de.amtsportal.submissions.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * An application being filled in: the answers so far, tied to the form version it was started with so that
 * publishing a newer version never changes it. Once submitted, it keeps only the id of its submission, so a
 * replayed submit finds what it already created.
 */
@Entity
@Table(name = "submission_draft")
public class Draft implements Persistable<UUID> {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID serviceId;
	private String serviceSlug;
	private UUID formVersionId;
	private @Nullable UUID ownerAccount;
	private @Nullable UUID institutionId;
	private String answers;
	private @Nullable String currentPage;
	private String locale;
	private @Nullable String resumeEmail;
	private @Nullable String resumeTokenHash;
	private Instant createdAt;
	private Instant updatedAt;
	private Instant expiresAt;
	private @Nullable Instant remindedAt;
	private @Nullable UUID submissionId;
	@Version
	private long version;
	private transient boolean fresh;

	protected Draft() {
		this.id = this.serviceId = this.formVersionId = UNLOADED;
		this.serviceSlug = this.answers = this.locale = "";
		this.createdAt = this.updatedAt = this.expiresAt = Instant.EPOCH;
	}

	Draft(UUID serviceId, String serviceSlug, UUID formVersionId, @Nullable UUID ownerAccount, @Nullable UUID institutionId,
			String answers, Locale locale, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.serviceId = serviceId;
		this.serviceSlug = serviceSlug;
		this.formVersionId = formVersionId;
		this.ownerAccount = ownerAccount;
		this.institutionId = institutionId;
		this.answers = answers;
		this.locale = locale.getLanguage();
		this.createdAt = this.updatedAt = now;
		this.expiresAt = expiresAt;
		this.fresh = true;
	}

	void resumableBy(String email, String tokenHash) {
		this.resumeEmail = email;
		this.resumeTokenHash = tokenHash;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	/** The draft became this submission: its answers now live there. */
	void submittedAs(UUID submissionId, Instant now) {
		this.submissionId = submissionId;
		this.answers = "{}";
		this.resumeTokenHash = null;
		this.resumeEmail = null;
		this.updatedAt = now;
	}

	/** Always a new id: saving inserts without reading first. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	public boolean isSubmitted() {
		return submissionId != null;
	}

	@Override
	public UUID getId() {
		return id;
	}

	public UUID id() {
		return id;
	}

	public UUID serviceId() {
		return serviceId;
	}

	public String serviceSlug() {
		return serviceSlug;
	}

	public UUID formVersionId() {
		return formVersionId;
	}

	public @Nullable UUID ownerAccount() {
		return ownerAccount;
	}

	public @Nullable UUID institutionId() {
		return institutionId;
	}

	public String answers() {
		return answers;
	}

	public @Nullable String currentPage() {
		return currentPage;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public @Nullable String resumeEmail() {
		return resumeEmail;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public @Nullable Instant remindedAt() {
		return remindedAt;
	}

	public @Nullable UUID submissionId() {
		return submissionId;
	}
}
