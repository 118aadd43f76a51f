package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.audit.ClientAddress;
import de.amtsportal.identity.internal.SignInRejected.Reason;

/**
 * Checks e-mail address and password. Unknown addresses cost as much time as wrong passwords, and every
 * failure answers alike, so the form does not reveal who has an account. Failures are committed on their
 * own (the sign-in itself fails) and count towards the account's and the address's limits.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final SignInThrottle throttle;
	private final AuditTrail audit;
	private final IdentityProperties properties;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final String unknownAccountHash;

	PasswordSignIn(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit,
			IdentityProperties properties, Clock clock, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.transaction = transaction;
		this.unknownAccountHash = encoder.encode("a password no account has " + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = Account.normalise(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		String address = Optional.ofNullable(ClientAddress.current()).orElse("unknown");
		if (throttle.addressBlocked(address)) {
			fail(null, address, "address-throttled");
			throw new SignInRejected(Reason.THROTTLED);
		}
		Account account = accounts.findByEmail(email).orElse(null);
		if (account == null) {
			encoder.matches(password, unknownAccountHash);
			fail(null, address, "unknown-account");
			throw new SignInRejected(Reason.CREDENTIALS);
		}
		if (account.lockedAt(clock.instant())) {
			fail(account, address, "account-locked");
			throw new SignInRejected(Reason.THROTTLED);
		}
		String hash = account.passwordHash();
		if (hash == null || !encoder.matches(password, hash)) {
			fail(account, address, "wrong-password");
			throw new SignInRejected(Reason.CREDENTIALS);
		}
		switch (account.status()) {
			case PENDING_VERIFICATION -> throw new SignInRejected(Reason.UNCONFIRMED);
			case DISABLED, INVITED -> throw new SignInRejected(Reason.DISABLED);
			case ACTIVE -> {
			}
		}
		Account current = transaction.execute(status -> {
			Account fresh = accounts.findById(account.id()).orElseThrow();
			if (fresh.requiresSecondFactor()) {
				// the failures in a row go on counting until the second factor is done too (TwoFactor)
				return fresh;
			}
			fresh.signedIn();
			return accounts.save(fresh);
		});
		AccountPrincipal principal = AccountPrincipal.of(current);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	private void fail(Account account, String address, String reason) {
		throttle.recordFailure(address);
		transaction.executeWithoutResult(status -> {
			String actor = "anonymous";
			if (account != null) {
				Account fresh = accounts.findById(account.id()).orElseThrow();
				fresh.signInFailed(properties.signIn().maxFailuresPerAccount(), properties.signIn().accountLock(),
						clock.instant());
				accounts.save(fresh);
				actor = fresh.id().toString();
			}
			audit.record(new AuditEvent(actor, "sign-in.failed", actor, reason));
		});
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
