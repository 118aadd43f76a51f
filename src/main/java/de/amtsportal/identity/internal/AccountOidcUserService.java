package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/**
 * Maps a person signed in at an OIDC provider (Keycloak, BundID-style services) to an account: by issuer
 * and subject; on first sign-in by a verified e-mail address; otherwise a new citizen account from the claims.
 */
@Component
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();
	private final Accounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	AccountOidcUserService(Accounts accounts, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser external = delegate.loadUser(request);
		String issuer = Objects.toString(external.getIssuer(), request.getClientRegistration().getProviderDetails().getIssuerUri());
		String subject = external.getSubject();
		Account account = accounts.findByOidcIssuerAndOidcSubject(issuer, subject).orElseGet(() -> linkOrCreate(external, issuer, subject));
		if (account.status() != Account.Status.ACTIVE) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), SignInRejected.Reason.DISABLED.name());
		}
		return new AccountPrincipal(account, external.getIdToken(), external.getUserInfo());
	}

	private Account linkOrCreate(OidcUser external, String issuer, String subject) {
		String email = external.getEmail();
		if (email == null || email.isBlank()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("missing_email"), "The identity provider sent no e-mail address");
		}
		var existing = accounts.findByEmail(Account.normalise(email));
		if (existing.isPresent()) {
			if (!Boolean.TRUE.equals(external.getEmailVerified())) {
				// linking an unverified address would let anyone take over the account registered under it
				throw new OAuth2AuthenticationException(new OAuth2Error("email_not_verified"), "E-mail address not verified");
			}
			// the provider vouches for the address: link it (an account cannot be linked to a second provider)
			existing.get().linkIdentityProvider(issuer, subject);
			audit.record(AuditEvent.of(existing.get().id().toString(), "account.linked-identity-provider", issuer));
			return existing.get();
		}
		Account account = Account.fromIdentityProvider(issuer, subject, email,
				Objects.requireNonNullElse(external.getGivenName(), ""), Objects.requireNonNullElse(external.getFamilyName(), ""),
				external.getLocale() != null ? Locale.forLanguageTag(external.getLocale()) : Locale.GERMAN, clock.instant());
		accounts.save(account);
		audit.record(AuditEvent.of(account.id().toString(), "account.registered", "oidc"));
		return account;
	}
}
