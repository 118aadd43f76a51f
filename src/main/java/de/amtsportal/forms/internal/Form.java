package de.amtsportal.forms.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.Audience;

/** A form across its versions: what it is called, who is responsible, who fills it. */
@Entity
@Table(name = "form")
public class Form {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private String slug;
	private String titleDe;
	private @Nullable String titleEn;
	private UUID responsibleUnitId;
	@Enumerated(EnumType.STRING)
	private Audience audience;
	private Instant createdAt;
	private String createdBy;

	protected Form() {
		this.id = this.responsibleUnitId = UNLOADED;
		this.slug = this.titleDe = this.createdBy = "";
		this.audience = Audience.PUBLIC;
		this.createdAt = Instant.EPOCH;
	}

	Form(String slug, String titleDe, @Nullable String titleEn, UUID responsibleUnitId, Audience audience, String createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.titleDe = titleDe;
		this.titleEn = titleEn;
		this.responsibleUnitId = responsibleUnitId;
		this.audience = audience;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public String titleDe() {
		return titleDe;
	}

	public @Nullable String titleEn() {
		return titleEn;
	}

	public UUID responsibleUnitId() {
		return responsibleUnitId;
	}

	public Audience audience() {
		return audience;
	}
}
