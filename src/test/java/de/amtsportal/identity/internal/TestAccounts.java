package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.access.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test data for people and organisations, made with the domain's own transitions (an account is invited,
 * then accepts with a password). {@link #signedIn} gives MockMvc a fully signed-in session for an account,
 * as after password and second factor.
 */
public class TestAccounts {

	public static final String PASSWORD = "Kompass Laterne Fahrrad 42";

	private final Accounts accounts;
	private final Organisations organisations;
	private final OrgUnits units;
	private final PasswordEncoder encoder;
	private final TransactionTemplate transaction;
	private final Clock clock;

	public TestAccounts(ApplicationContext context) {
		this.accounts = context.getBean(Accounts.class);
		this.organisations = context.getBean(Organisations.class);
		this.units = context.getBean(OrgUnits.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.transaction = context.getBean(TransactionTemplate.class);
		this.clock = context.getBean(Clock.class);
	}

	/**
	 * An e-mail address no other test uses: test classes share cached contexts and so their databases, and
	 * an address is unique per account.
	 */
	public static String unique(String localPart) {
		return localPart + "-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example";
	}

	/** An active account with {@link #PASSWORD} and the given roles. */
	public Account create(String email, Membership... memberships) {
		return transaction.execute(status -> {
			Account account = Account.invited(email, "Test", email.substring(0, email.indexOf('@')), Locale.GERMAN, clock.instant());
			account.replaceMemberships(List.of(memberships));
			account.acceptInvitation(encoder.encode(PASSWORD));
			return accounts.save(account);
		});
	}

	public Account citizen(String email) {
		return create(email, Membership.global(Role.CITIZEN));
	}

	public Account administrator(String email) {
		return create(email, Membership.global(Role.ADMINISTRATOR));
	}

	public Account caseworker(String email, UUID orgUnit) {
		return create(email, Membership.inUnit(Role.CASEWORKER, orgUnit));
	}

	public Account member(String email, UUID institution, String... targetGroups) {
		return create(email, Membership.inInstitution(institution, Set.of(targetGroups)));
	}

	/** The authority (created on first use) and a new org unit of it. */
	public OrgUnit unit(String name) {
		return transaction.execute(status -> {
			Organisation authority = organisations.findByKindOrderByName(Organisation.Kind.AUTHORITY).stream().findFirst()
				.orElseGet(() -> organisations.save(new Organisation(Organisation.Kind.AUTHORITY, "Stadt Teststadt",
						"stadt-teststadt", clock.instant())));
			String slug = OrganisationAdministration.slug(name) + "-" + UUID.randomUUID().toString().substring(0, 6);
			return units.save(new OrgUnit(authority.id(), name, slug, slug + "@teststadt.example"));
		});
	}

	public Organisation institution(String name) {
		return transaction.execute(status -> organisations.save(new Organisation(Organisation.Kind.INSTITUTION, name,
				OrganisationAdministration.slug(name) + "-" + UUID.randomUUID().toString().substring(0, 6), clock.instant())));
	}

	/** A request made by this account, fully signed in. */
	public RequestPostProcessor signedIn(Account account) {
		Account current = accounts.findById(account.id()).orElseThrow();
		AccountPrincipal principal = AccountPrincipal.of(current);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	/** The principal of this account as after a completed sign-in, for calling services directly. */
	public AccountPrincipal principal(Account account) {
		return AccountPrincipal.of(accounts.findById(account.id()).orElseThrow());
	}

	public Account reload(Account account) {
		return accounts.findById(account.id()).orElseThrow();
	}
}
