package de.amtsportal.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.amtsportal.access.Role;

/**
 * Staff as administrators make them: invited through {@link StaffAdministration} (with the mail and link that
 * brings), and with an authenticator app enrolled through {@link TwoFactor}.
 */
public class StaffFixtures {

	private final TestAccounts accounts;
	private final StaffAdministration staff;
	private final TwoFactor twoFactor;

	public StaffFixtures(ApplicationContext context) {
		this.accounts = new TestAccounts(context);
		this.staff = context.getBean(StaffAdministration.class);
		this.twoFactor = context.getBean(TwoFactor.class);
	}

	/** Invites a caseworker of the unit, as a (new) administrator would; the invitation mail goes out. */
	public Account inviteCaseworker(String email, UUID unit) {
		Account admin = accounts.administrator("admin-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example");
		return as(admin, () -> staff.invite(email, "Carla", "Sachbearbeiterin", Locale.GERMAN,
				List.of(new StaffAdministration.Grant(Role.CASEWORKER, unit, Set.of()))));
	}

	/** Enrols an authenticator app with a new secret and returns the secret (to compute codes from). */
	public String enrolAuthenticator(Account account) {
		String secret = twoFactor.newSecret();
		twoFactor.enable(account.id(), secret);
		return secret;
	}

	/** Runs the action as the account, fully signed in (for services that check permissions). */
	public <T> T as(Account account, Supplier<T> action) {
		AccountPrincipal principal = AccountPrincipal.of(accounts.reload(account));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
