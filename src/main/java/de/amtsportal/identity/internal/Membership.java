package de.amtsportal.identity.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import de.amtsportal.access.Role;

/**
 * A role an account holds, with its scope: an org unit (caseworker, reviewer), an institution (member,
 * with target groups such as Schulleitung or Lehrkraft), or none (citizen, form editor, administrator).
 */
@Entity
@Table(name = "membership")
public class Membership {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	private Role role;
	private @Nullable UUID orgUnitId;
	private @Nullable UUID organisationId;
	private String targetGroups;

	protected Membership() {
		this.id = UNLOADED;
		this.role = Role.CITIZEN;
		this.targetGroups = "";
	}

	private Membership(Role role, @Nullable UUID orgUnitId, @Nullable UUID organisationId, Set<String> targetGroups) {
		this.id = UUID.randomUUID();
		this.role = role;
		this.orgUnitId = orgUnitId;
		this.organisationId = organisationId;
		this.targetGroups = String.join(",", targetGroups);
	}

	public static Membership global(Role role) {
		if (role.perOrgUnit() || role == Role.INSTITUTION_MEMBER) {
			throw new IllegalArgumentException(role + " is held for an org unit or institution");
		}
		return new Membership(role, null, null, Set.of());
	}

	public static Membership inUnit(Role role, UUID orgUnitId) {
		if (!role.perOrgUnit()) {
			throw new IllegalArgumentException(role + " is not held per org unit");
		}
		return new Membership(role, orgUnitId, null, Set.of());
	}

	public static Membership inInstitution(UUID institutionId, Set<String> targetGroups) {
		return new Membership(Role.INSTITUTION_MEMBER, null, institutionId, targetGroups);
	}

	public UUID id() {
		return id;
	}

	public Role role() {
		return role;
	}

	public @Nullable UUID orgUnitId() {
		return orgUnitId;
	}

	public @Nullable UUID organisationId() {
		return organisationId;
	}

	public Set<String> targetGroups() {
		return targetGroups.isBlank() ? Set.of()
				: Arrays.stream(targetGroups.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	boolean sameAs(Membership other) {
		return role == other.role && java.util.Objects.equals(orgUnitId, other.orgUnitId)
				&& java.util.Objects.equals(organisationId, other.organisationId);
	}
}
