package de.amtsportal.intranet.internal;

import java.util.Set;
import java.util.UUID;

/**
 * Whom an item is meant for: every institution or the listed ones, and within them the listed target groups.
 * A member is addressed when one of their institutions and one of their groups are.
 */
public record Audience(boolean allInstitutions, Set<UUID> institutions, Set<String> targetGroups) {

	public Audience {
		institutions = Set.copyOf(institutions);
		targetGroups = Set.copyOf(targetGroups);
		if (!allInstitutions && institutions.isEmpty()) {
			throw new IllegalArgumentException("an audience needs at least one institution");
		}
		if (targetGroups.isEmpty()) {
			throw new IllegalArgumentException("an audience needs at least one target group");
		}
	}

	public boolean addresses(UUID institution) {
		return allInstitutions || institutions.contains(institution);
	}
}
