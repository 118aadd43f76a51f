package de.amtsportal.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import de.amtsportal.access.Role;

/**
 * The person behind the current request, as other modules need to know them: who, which roles, and for
 * which org units and institutions.
 */
public record SignedInAccount(AccountId id, String email, String givenName, String familyName, Set<Role> roles,
		Set<UUID> caseworkerUnits, Set<UUID> reviewerUnits, Set<UUID> institutions, Set<String> targetGroups)
		implements Serializable {

	public String displayName() {
		return givenName + " " + familyName;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}
}
