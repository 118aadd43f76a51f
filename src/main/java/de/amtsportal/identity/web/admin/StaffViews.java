package de.amtsportal.identity.web.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.OrganisationAdministration.Overview;
import de.amtsportal.identity.internal.StaffAdministration;

/** What the staff pages show: accounts with their roles spelled out with the names of units and institutions. */
final class StaffViews {

	private StaffViews() {
	}

	/** One role of a person: the template names it in the page's language, with its unit or institution. */
	record RoleLabel(Role role, @Nullable String scope, List<String> targetGroups) {
	}

	record StaffRow(UUID id, String name, String email, List<RoleLabel> roles, Account.Status status) {
	}

	/** The org units and institutions a role can be held in, for the checkboxes and for naming scopes. */
	record Scopes(List<OrgUnit> units, List<Organisation> institutions, List<String> targetGroups) {

		static Scopes of(Overview overview) {
			return new Scopes(overview.authorities().stream().flatMap(a -> a.units().stream()).toList(),
					overview.institutions(), StaffAdministration.TARGET_GROUPS);
		}

		Map<UUID, String> names() {
			Map<UUID, String> names = new LinkedHashMap<>();
			units.forEach(u -> names.put(u.id(), u.name()));
			institutions.forEach(i -> names.put(i.id(), i.name()));
			return names;
		}
	}

	static StaffRow row(Account account, Map<UUID, String> names) {
		return new StaffRow(account.id(), account.displayName(), account.email(), roles(account, names), account.status());
	}

	/** Staff roles first in the order of {@link Role}, then by the name of their scope. */
	static List<RoleLabel> roles(Account account, Map<UUID, String> names) {
		return account.memberships().stream()
			.map(m -> new RoleLabel(m.role(), scopeName(m, names), List.copyOf(m.targetGroups())))
			.sorted(Comparator.comparing(RoleLabel::role).thenComparing(l -> l.scope() == null ? "" : l.scope()))
			.toList();
	}

	private static @Nullable String scopeName(Membership membership, Map<UUID, String> names) {
		UUID scope = membership.orgUnitId() != null ? membership.orgUnitId() : membership.organisationId();
		return scope == null ? null : names.getOrDefault(scope, scope.toString());
	}
}
