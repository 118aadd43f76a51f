package de.amtsportal.identity.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import de.amtsportal.identity.OrgUnitChanged;
import de.amtsportal.identity.OrgUnitView;

/** A unit of the authority (Fachbereich) that handles cases and answers contact messages. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends AbstractAggregateRoot<OrgUnit> {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID organisationId;
	private String name;
	private String slug;
	private @Nullable String contactEmail;

	protected OrgUnit() {
		this.id = UNLOADED;
		this.organisationId = this.id;
		this.name = this.slug = "";
	}

	public OrgUnit(UUID organisationId, String name, String slug, @Nullable String contactEmail) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.name = name;
		this.slug = slug;
		this.contactEmail = contactEmail;
		registerEvent(new OrgUnitChanged(id));
	}

	public UUID id() {
		return id;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String name() {
		return name;
	}

	public String slug() {
		return slug;
	}

	public @Nullable String contactEmail() {
		return contactEmail;
	}

	/** Published when the unit is saved: its name appears on public pages, which must show the new one. */
	public void update(String name, @Nullable String contactEmail) {
		this.name = name;
		this.contactEmail = contactEmail;
		registerEvent(new OrgUnitChanged(id));
	}

	public OrgUnitView view() {
		return new OrgUnitView(id, name, slug, contactEmail);
	}
}
