package de.amtsportal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.access.Role;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.CurrentUser;

/**
 * Administrators invite staff and institution members, grant and withdraw roles, and deactivate accounts.
 * An invitation is a mail with a link to set a password; staff then enrol their second factor.
 */
@Service
public class StaffAdministration {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
	/** The groups within an institution that circulars and documents can be addressed to; a fixed list. */
	public static final List<String> TARGET_GROUPS = List.of("Schulleitung", "Verwaltung", "Gremium", "Lehrkraft");
	private static final Set<Role> ADMINISTERED = EnumSet.complementOf(EnumSet.of(Role.CITIZEN));

	private final Accounts accounts;
	private final OrgUnits units;
	private final Organisations organisations;
	private final AccountTokenIssuer tokens;
	private final AccountMails mails;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	StaffAdministration(Accounts accounts, OrgUnits units, Organisations organisations, AccountTokenIssuer tokens,
			AccountMails mails, PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit,
			CurrentUser currentUser, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.organisations = organisations;
		this.tokens = tokens;
		this.mails = mails;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A role to grant: global, in an org unit, or in an institution with target groups. */
	public record Grant(Role role, UUID scope, Set<String> targetGroups) {

		Membership toMembership() {
			return switch (role) {
				case CASEWORKER, REVIEWER -> Membership.inUnit(role, scope);
				case INSTITUTION_MEMBER -> Membership.inInstitution(scope, targetGroups);
				default -> Membership.global(role);
			};
		}
	}

	@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
	@Transactional(readOnly = true)
	public Page<Account> staff(Pageable pageable) {
		return accounts.findWithAnyRole(ADMINISTERED, pageable);
	}

	@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
	@Transactional(readOnly = true)
	public Account account(UUID id) {
		return accounts.findById(id).orElseThrow(NotFound::new);
	}

	@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
	@Transactional
	public Account invite(String email, String givenName, String familyName, Locale locale, List<Grant> grants) {
		String normalised = Account.normalise(email);
		if (accounts.existsByEmail(normalised)) {
			throw new InvalidInput("email", "identity.admin.error.email-taken");
		}
		if (grants.isEmpty()) {
			throw new InvalidInput("roles", "identity.admin.error.no-role");
		}
		Account account = Account.invited(normalised, givenName, familyName, locale, clock.instant());
		account.replaceMemberships(memberships(grants));
		accounts.save(account);
		mails.invitation(account, tokens.issue(account.id(), AccountToken.Purpose.INVITATION, INVITATION_VALIDITY));
		record("account.invited", account.id(), rolesOf(grants));
		return account;
	}

	@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
	@Transactional
	public void changeRoles(UUID accountId, List<Grant> grants) {
		Account account = accounts.findById(accountId).orElseThrow(NotFound::new);
		if (account.id().equals(currentUser.require().id().value())
				&& grants.stream().noneMatch(g -> g.role() == Role.ADMINISTRATOR)) {
			throw new InvalidInput("roles", "identity.admin.error.own-admin-role");
		}
		boolean citizen = account.roles().contains(Role.CITIZEN);
		if (grants.isEmpty() && !citizen) {
			// an account without any role is a dead account that still looks active: deactivating is the honest way
			throw new InvalidInput("roles", "identity.admin.error.no-role");
		}
		List<Membership> memberships = new java.util.ArrayList<>(memberships(grants));
		if (citizen) {
			memberships.add(Membership.global(Role.CITIZEN));
		}
		account.replaceMemberships(memberships);
		record("account.roles-changed", accountId, rolesOf(grants));
	}

	@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
	@Transactional
	public void setActive(UUID accountId, boolean active) {
		Account account = accounts.findById(accountId).orElseThrow(NotFound::new);
		if (account.id().equals(currentUser.require().id().value())) {
			throw new InvalidInput("active", "identity.admin.error.own-account");
		}
		if (active) {
			account.enable();
		}
		else {
			account.disable();
		}
		record(active ? "account.enabled" : "account.disabled", accountId, null);
	}

	@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
	@Transactional
	public void resendInvitation(UUID accountId) {
		Account account = accounts.findById(accountId).filter(a -> a.status() == Account.Status.INVITED)
			.orElseThrow(NotFound::new);
		mails.invitation(account, tokens.issue(account.id(), AccountToken.Purpose.INVITATION, INVITATION_VALIDITY));
		record("account.invitation-resent", accountId, null);
	}

	/** The invited person sets their password through the link (no sign-in needed: the link is the proof). */
	@Transactional
	public TokenCheck acceptInvitation(String token, String password) {
		TokenCheck check = tokens.check(token, AccountToken.Purpose.INVITATION);
		if (check != TokenCheck.VALID) {
			return check;
		}
		UUID accountId = tokens.redeem(token, AccountToken.Purpose.INVITATION).orElseThrow();
		Account account = accounts.findById(accountId).orElseThrow();
		policy.check(password, account.email(), account.givenName(), account.familyName()).ifPresent(violation -> {
			throw new InvalidInput("password", "identity.password." + violation.name());
		});
		account.acceptInvitation(encoder.encode(password));
		audit.record(AuditEvent.of(accountId.toString(), "account.invitation-accepted", accountId.toString()));
		return TokenCheck.VALID;
	}

	@Transactional(readOnly = true)
	public TokenCheck checkInvitation(String token) {
		return tokens.check(token, AccountToken.Purpose.INVITATION);
	}

	private List<Membership> memberships(List<Grant> grants) {
		for (Grant grant : grants) {
			if (!ADMINISTERED.contains(grant.role())) {
				throw new InvalidInput("roles", "identity.admin.error.no-role");
			}
			if (grant.role().perOrgUnit() && !units.existsById(grant.scope())) {
				throw new InvalidInput("roles", "identity.admin.error.unknown-unit");
			}
			if (grant.role() == Role.INSTITUTION_MEMBER && organisations.findById(grant.scope())
				.filter(o -> o.kind() == Organisation.Kind.INSTITUTION).isEmpty()) {
				throw new InvalidInput("roles", "identity.admin.error.unknown-institution");
			}
			if (grant.role() == Role.INSTITUTION_MEMBER
					&& (grant.targetGroups().isEmpty() || !TARGET_GROUPS.containsAll(grant.targetGroups()))) {
				throw new InvalidInput("roles", "identity.admin.error.target-groups");
			}
		}
		return grants.stream().map(Grant::toMembership).toList();
	}

	private static String rolesOf(List<Grant> grants) {
		return String.join(",", grants.stream().map(g -> g.role().name()).distinct().toList());
	}

	private void record(String action, UUID subject, String details) {
		audit.record(new AuditEvent(currentUser.require().id().toString(), action, subject.toString(), details));
	}
}
