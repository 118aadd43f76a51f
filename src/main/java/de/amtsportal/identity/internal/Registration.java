package de.amtsportal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/** Self-registration of citizens with double opt-in: the account works once the e-mail address is confirmed. */
@Service
public class Registration {

	static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(24);

	private final Accounts accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final AccountTokenIssuer tokens;
	private final AccountMails mails;
	private final AuditTrail audit;
	private final Clock clock;

	Registration(Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder, AccountTokenIssuer tokens,
			AccountMails mails, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.tokens = tokens;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	public record Applicant(String email, String givenName, String familyName, String password, Locale locale) {
	}

	/**
	 * Registers the applicant, or — if the address has an account already — tells its owner by mail. Either
	 * way the caller shows the same page, so nobody learns whether an address is registered.
	 */
	@Transactional
	public void register(Applicant applicant) {
		policy.check(applicant.password(), applicant.email(), applicant.givenName(), applicant.familyName())
			.ifPresent(violation -> {
				throw new InvalidInput("password", "identity.password." + violation.name());
			});
		String email = Account.normalise(applicant.email());
		var existing = accounts.findByEmail(email);
		if (existing.isPresent()) {
			mails.alreadyRegistered(existing.get());
			return;
		}
		Account account = accounts.save(Account.registered(email, applicant.givenName(), applicant.familyName(),
				encoder.encode(applicant.password()), applicant.locale(), clock.instant()));
		mails.confirmEmail(account, tokens.issue(account.id(), AccountToken.Purpose.VERIFY_EMAIL, CONFIRMATION_VALIDITY));
		audit.record(AuditEvent.of(account.id().toString(), "account.registered", account.id().toString()));
	}

	@Transactional(readOnly = true)
	public TokenCheck check(String token) {
		return tokens.check(token, AccountToken.Purpose.VERIFY_EMAIL);
	}

	/** Confirms the address behind the token; a used, expired or unknown token changes nothing. */
	@Transactional
	public TokenCheck confirm(String token) {
		TokenCheck check = tokens.check(token, AccountToken.Purpose.VERIFY_EMAIL);
		if (check != TokenCheck.VALID) {
			return check;
		}
		Account account = accounts.findById(tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL).orElseThrow()).orElseThrow();
		account.confirmEmail();
		audit.record(AuditEvent.of(account.id().toString(), "account.email-confirmed", account.id().toString()));
		return TokenCheck.VALID;
	}

	/** Sends a fresh confirmation link to an address that registered but did not confirm yet. */
	@Transactional
	public void resendConfirmation(String email) {
		accounts.findByEmail(Account.normalise(email))
			.filter(a -> a.status() == Account.Status.PENDING_VERIFICATION)
			.ifPresent(a -> mails.confirmEmail(a, tokens.issue(a.id(), AccountToken.Purpose.VERIFY_EMAIL, CONFIRMATION_VALIDITY)));
	}
}
