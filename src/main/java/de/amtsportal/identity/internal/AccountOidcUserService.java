package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/**
 * Maps a person signed in at an OIDC provider (Keycloak, BundID-style services) to an account: by issuer
 * and subject; on first sign-in by a verified e-mail address; otherwise a new citizen account from the claims.
 * Refusals carry one of the error codes below, which {@link SignInFailed} turns into a message on the sign-in page.
 */
@Component
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The provider sent no e-mail address; without one there is nothing to send notifications to. */
	static final String MISSING_EMAIL = "amtsportal_missing_email";
	/** An account with this address exists, but the provider does not vouch for the address. */
	static final String EMAIL_NOT_VERIFIED = "amtsportal_email_not_verified";
	/** An account with this address exists and is already linked to another identity. */
	static final String LINKED_ELSEWHERE = "amtsportal_linked_elsewhere";
	/** The account has not been confirmed yet. */
	static final String ACCOUNT_UNCONFIRMED = "amtsportal_account_unconfirmed";
	/** The account was deactivated, or is an invitation not yet accepted. */
	static final String ACCOUNT_DISABLED = "amtsportal_account_disabled";

	/** The languages the portal speaks; anything else a provider sends falls back to German. */
	private static final Set<String> LANGUAGES = Set.of("de", "en");
	/** Column sizes of the account table: a provider must not be able to break the sign-in with a long name. */
	private static final int NAME_LENGTH = 100;
	private static final int EMAIL_LENGTH = 320;

	private final OidcUserService delegate = new OidcUserService();
	private final Accounts accounts;
	private final AuditTrail audit;
	private final Clock clock;
	private final TransactionTemplate transaction;

	AccountOidcUserService(Accounts accounts, AuditTrail audit, Clock clock, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.transaction = transaction;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		// the user-info call goes over the network: no database transaction is held open meanwhile
		OidcUser external = delegate.loadUser(request);
		String issuer = Objects.toString(external.getIssuer(), request.getClientRegistration().getProviderDetails().getIssuerUri());
		String subject = external.getSubject();
		Mapping mapping = Objects.requireNonNull(transaction.execute(status -> map(external, issuer, subject)));
		if (mapping.refusal() != null) {
			// committed on its own: the sign-in fails, the record of the attempt must stay
			transaction.executeWithoutResult(status -> audit.record(new AuditEvent(mapping.actor(), "sign-in.failed",
					mapping.actor(), "oidc:" + mapping.refusal())));
			throw new OAuth2AuthenticationException(new OAuth2Error(mapping.refusal()), mapping.refusal());
		}
		AccountPrincipal principal = new AccountPrincipal(Objects.requireNonNull(mapping.account()), external.getIdToken(),
				external.getUserInfo());
		// a linked account may have a local password too; its hash has no business in this session
		principal.eraseCredentials();
		return principal;
	}

	private Mapping map(OidcUser external, String issuer, String subject) {
		var linked = accounts.findByOidcIssuerAndOidcSubject(issuer, subject);
		if (linked.isPresent()) {
			return checked(linked.get());
		}
		String email = external.getEmail();
		if (email == null || email.isBlank() || email.length() > EMAIL_LENGTH) {
			return Mapping.refused("anonymous", MISSING_EMAIL);
		}
		var existing = accounts.findByEmail(Account.normalise(email));
		if (existing.isPresent()) {
			Account account = existing.get();
			String actor = account.id().toString();
			if (!Boolean.TRUE.equals(external.getEmailVerified())) {
				// linking an unverified address would let anyone take over the account registered under it
				return Mapping.refused(actor, EMAIL_NOT_VERIFIED);
			}
			if (account.oidcSubject() != null) {
				// one identity per account: a second one with the same address must not replace the first
				return Mapping.refused(actor, LINKED_ELSEWHERE);
			}
			if (account.status() != Account.Status.ACTIVE) {
				return checked(account);
			}
			account.linkIdentityProvider(issuer, subject);
			audit.record(new AuditEvent(actor, "account.linked-identity-provider", actor, issuer));
			return Mapping.signedIn(account);
		}
		if (!Boolean.TRUE.equals(external.getEmailVerified())) {
			// an unverified address would block its real owner from registering: no account is made from it
			return Mapping.refused("anonymous", EMAIL_NOT_VERIFIED);
		}
		Account account = Account.fromIdentityProvider(issuer, subject, email, clip(external.getGivenName()),
				clip(external.getFamilyName()), language(external.getLocale()), clock.instant());
		accounts.save(account);
		audit.record(new AuditEvent(account.id().toString(), "account.registered", account.id().toString(), "oidc"));
		return Mapping.signedIn(account);
	}

	private static Mapping checked(Account account) {
		return switch (account.status()) {
			case ACTIVE -> Mapping.signedIn(account);
			case PENDING_VERIFICATION -> Mapping.refused(account.id().toString(), ACCOUNT_UNCONFIRMED);
			case INVITED, DISABLED -> Mapping.refused(account.id().toString(), ACCOUNT_DISABLED);
		};
	}

	private static String clip(@Nullable String name) {
		String value = Objects.requireNonNullElse(name, "").strip();
		return value.length() <= NAME_LENGTH ? value : value.substring(0, NAME_LENGTH);
	}

	/** {@code locale} is a BCP 47 tag such as {@code en} or {@code de-DE}; providers also send {@code de_DE}. */
	static Locale language(@Nullable String locale) {
		if (locale == null) {
			return Locale.GERMAN;
		}
		String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
		return LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.GERMAN;
	}

	/** Either the account to sign in, or why not (and whom the refusal concerns, for the audit trail). */
	private record Mapping(@Nullable Account account, @Nullable String refusal, String actor) {

		static Mapping signedIn(Account account) {
			return new Mapping(account, null, account.id().toString());
		}

		static Mapping refused(String actor, String refusal) {
			return new Mapping(null, refusal, actor);
		}
	}
}
