package de.amtsportal.identity.web.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.StaffAdministration.Grant;

/**
 * The role checkboxes: form editor and administrator; caseworker and reviewer per org unit (by unit id);
 * institution membership as "institution id:target group" per ticked group. Bound from the request, so every
 * id is checked again by the service.
 */
record RoleSelection(Boolean formEditor, Boolean administrator, Boolean operator, List<String> caseworkerUnits,
		List<String> reviewerUnits, List<String> memberGroups) {

	private static final String SEPARATOR = ":";

	/** An unticked checkbox sends nothing: absent means "no", never a binding error. */
	RoleSelection {
		formEditor = Boolean.TRUE.equals(formEditor);
		administrator = Boolean.TRUE.equals(administrator);
		operator = Boolean.TRUE.equals(operator);
		caseworkerUnits = caseworkerUnits == null ? List.of() : List.copyOf(caseworkerUnits);
		reviewerUnits = reviewerUnits == null ? List.of() : List.copyOf(reviewerUnits);
		memberGroups = memberGroups == null ? List.of() : List.copyOf(memberGroups);
	}

	/** What the account holds now, to pre-tick the boxes. */
	static RoleSelection of(Account account) {
		List<String> caseworker = new ArrayList<>();
		List<String> reviewer = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (Membership m : account.memberships()) {
			if (m.role() == Role.CASEWORKER && m.orgUnitId() != null) {
				caseworker.add(m.orgUnitId().toString());
			}
			else if (m.role() == Role.REVIEWER && m.orgUnitId() != null) {
				reviewer.add(m.orgUnitId().toString());
			}
			else if (m.role() == Role.INSTITUTION_MEMBER && m.organisationId() != null) {
				m.targetGroups().forEach(g -> groups.add(m.organisationId() + SEPARATOR + g));
			}
		}
		Set<Role> roles = account.roles();
		return new RoleSelection(roles.contains(Role.FORM_EDITOR), roles.contains(Role.ADMINISTRATOR), roles.contains(Role.OPERATOR),
				caseworker, reviewer, groups);
	}

	/**
	 * The roles ticked, as a bean property: errors about the role choice as a whole (none chosen, own
	 * administrator role removed) are bound to "roles", and the form's error display reads it.
	 */
	public Set<Role> getRoles() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (formEditor()) {
			roles.add(Role.FORM_EDITOR);
		}
		if (administrator()) {
			roles.add(Role.ADMINISTRATOR);
		}
		if (operator()) {
			roles.add(Role.OPERATOR);
		}
		if (!caseworkerUnits.isEmpty()) {
			roles.add(Role.CASEWORKER);
		}
		if (!reviewerUnits.isEmpty()) {
			roles.add(Role.REVIEWER);
		}
		if (!memberGroups.isEmpty()) {
			roles.add(Role.INSTITUTION_MEMBER);
		}
		return roles;
	}

	/** The grants for the service; an id that is not even a UUID is reported like an unknown one. */
	List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		if (formEditor()) {
			grants.add(new Grant(Role.FORM_EDITOR, null, Set.of()));
		}
		if (administrator()) {
			grants.add(new Grant(Role.ADMINISTRATOR, null, Set.of()));
		}
		if (operator()) {
			grants.add(new Grant(Role.OPERATOR, null, Set.of()));
		}
		new LinkedHashSet<>(caseworkerUnits).forEach(u -> grants.add(new Grant(Role.CASEWORKER, unitId(u), Set.of())));
		new LinkedHashSet<>(reviewerUnits).forEach(u -> grants.add(new Grant(Role.REVIEWER, unitId(u), Set.of())));
		Map<UUID, Set<String>> groupsByInstitution = new LinkedHashMap<>();
		for (String value : memberGroups) {
			int at = value.indexOf(SEPARATOR);
			if (at < 0) {
				throw new InvalidInput("roles", "identity.admin.error.unknown-institution");
			}
			UUID institution = parse(value.substring(0, at), "identity.admin.error.unknown-institution");
			groupsByInstitution.computeIfAbsent(institution, i -> new LinkedHashSet<>()).add(value.substring(at + 1));
		}
		groupsByInstitution.forEach((institution, groups) -> grants.add(new Grant(Role.INSTITUTION_MEMBER, institution,
				Set.copyOf(groups))));
		return grants;
	}

	private static UUID unitId(String value) {
		return parse(value, "identity.admin.error.unknown-unit");
	}

	private static UUID parse(String value, String messageKey) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput("roles", messageKey);
		}
	}
}
