package de.amtsportal.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The authority running the portal, or an institution it oversees (for example a vocational school). */
@Entity
@Table(name = "organisation")
public class Organisation {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	public enum Kind {
		AUTHORITY, INSTITUTION
	}

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String name;
	private String slug;
	private Instant createdAt;

	protected Organisation() {
		this.id = UNLOADED;
		this.kind = Kind.INSTITUTION;
		this.name = this.slug = "";
		this.createdAt = Instant.EPOCH;
	}

	public Organisation(Kind kind, String name, String slug, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.name = name;
		this.slug = slug;
		this.createdAt = now;
	}

	public UUID id() {
		return id;
	}

	public Kind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String slug() {
		return slug;
	}

	public void rename(String name) {
		this.name = name;
	}
}
