package de.amtsportal.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Accounts;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.OrgUnits;
import de.amtsportal.identity.internal.Organisations;

/** The authority's org units, as other modules need them (contact form, responsible unit of a service). */
@Service
public class Directory {

	private final Organisations organisations;
	private final OrgUnits units;
	private final Accounts accounts;

	Directory(Organisations organisations, OrgUnits units, Accounts accounts) {
		this.organisations = organisations;
		this.units = units;
		this.accounts = accounts;
	}

	/** The org units of the authority, by name. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> orgUnits() {
		return organisations.findByKindOrderByName(Organisation.Kind.AUTHORITY)
			.stream()
			.flatMap(o -> units.findByOrganisationIdOrderByName(o.id()).stream())
			.map(OrgUnit::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<OrgUnitView> orgUnit(UUID id) {
		return units.findById(id).map(OrgUnit::view);
	}

	/** The active accounts holding a role in an org unit, e.g. the reviewers to tell about a form in review. */
	@Transactional(readOnly = true)
	public List<Person> holders(Role role, UUID orgUnit) {
		return accounts.findInUnit(role, orgUnit).stream()
			.filter(a -> a.status() == Account.Status.ACTIVE)
			.map(a -> new Person(new AccountId(a.id()), a.email(), a.displayName(), a.locale()))
			.toList();
	}

	/** An active account by id, for addressing a person (e.g. the author of a form version). */
	@Transactional(readOnly = true)
	public Optional<Person> person(AccountId id) {
		return accounts.findById(id.value()).filter(a -> a.status() == Account.Status.ACTIVE)
			.map(a -> new Person(id, a.email(), a.displayName(), a.locale()));
	}

	/** An active account by e-mail address (for seeding demo content and imports). */
	@Transactional(readOnly = true)
	public Optional<Person> person(String email) {
		return accounts.findByEmail(Account.normalise(email)).filter(a -> a.status() == Account.Status.ACTIVE)
			.map(a -> new Person(new AccountId(a.id()), a.email(), a.displayName(), a.locale()));
	}

	/** The institutions the authority oversees (e.g. its schools), by name. */
	@Transactional(readOnly = true)
	public List<InstitutionView> institutions() {
		return organisations.findByKindOrderByName(Organisation.Kind.INSTITUTION).stream()
			.map(o -> new InstitutionView(o.id(), o.name()))
			.toList();
	}

	/** The active members of an institution with the target groups they belong to there (to address a circular). */
	@Transactional(readOnly = true)
	public List<InstitutionMember> members(UUID institution) {
		return accounts.findInInstitution(institution).stream()
			.filter(a -> a.status() == Account.Status.ACTIVE)
			.map(a -> new InstitutionMember(new Person(new AccountId(a.id()), a.email(), a.displayName(), a.locale()),
					a.memberships().stream()
						.filter(m -> m.role() == Role.INSTITUTION_MEMBER && institution.equals(m.organisationId()))
						.flatMap(m -> m.targetGroups().stream())
						.collect(java.util.stream.Collectors.toUnmodifiableSet())))
			.toList();
	}

	/** The target groups within institutions that content can be addressed to, in their fixed order. */
	public List<String> targetGroups() {
		return de.amtsportal.identity.internal.StaffAdministration.TARGET_GROUPS;
	}

	/** An institution by name and id. */
	public record InstitutionView(UUID id, String name) {
	}

	/** A member of one institution and their target groups in it (Schulleitung, Lehrkraft, …). */
	public record InstitutionMember(Person person, java.util.Set<String> targetGroups) {
	}

	/** Someone to address: who, where, in which language. */
	public record Person(AccountId id, String email, String displayName, Locale locale) {
	}
}
