package de.amtsportal.access;

import java.util.Set;

/**
 * The roles an account can hold. Caseworker, reviewer and institution member roles are held per org unit
 * or institution (a membership); the role itself only says which permissions it grants.
 */
public enum Role {

	CITIZEN(false, Set.of()),
	CASEWORKER(true, Set.of(Permissions.BACK_OFFICE, Permissions.CONTACT_READ, Permissions.CASES_WORK)),
	FORM_EDITOR(true, Set.of(Permissions.BACK_OFFICE, Permissions.FORMS_EDIT, Permissions.CATALOG_EDIT, Permissions.INTRANET_PUBLISH)),
	REVIEWER(true, Set.of(Permissions.BACK_OFFICE, Permissions.FORMS_REVIEW)),
	INSTITUTION_MEMBER(false, Set.of(Permissions.INTRANET)),
	/** Watches the hand-over to specialist procedures (IT operations), without access to cases. */
	OPERATOR(true, Set.of(Permissions.BACK_OFFICE, Permissions.DELIVERY_OPERATE)),
	ADMINISTRATOR(true, Set.of(Permissions.BACK_OFFICE, Permissions.INTRANET, Permissions.ADMINISTER_ORGANISATIONS,
			Permissions.AUDIT_READ, Permissions.CONTACT_READ, Permissions.CONTACT_READ_ALL, Permissions.DEV_OUTBOX,
			Permissions.FORMS_EDIT, Permissions.CATALOG_EDIT, Permissions.DELIVERY_OPERATE, Permissions.DELIVERY_CONFIGURE,
			Permissions.INTRANET_PUBLISH, Permissions.CASES_RETENTION));

	private final boolean staff;
	private final Set<String> permissions;

	Role(boolean staff, Set<String> permissions) {
		this.staff = staff;
		this.permissions = permissions;
	}

	/** Staff roles act for the authority; they require two-factor authentication. */
	public boolean isStaff() {
		return staff;
	}

	public Set<String> permissions() {
		return permissions;
	}

	/** The authority name under which Spring Security knows this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether this role is held for an org unit of the authority (rather than globally or for an institution). */
	public boolean perOrgUnit() {
		return this == CASEWORKER || this == REVIEWER;
	}
}
