package de.amtsportal.identity.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/** Forgotten passwords (by a link valid one hour) and changing one's password while signed in. */
@Service
public class PasswordReset {

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	private final Accounts accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final AccountTokenIssuer tokens;
	private final AccountMails mails;
	private final AuditTrail audit;

	PasswordReset(Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder, AccountTokenIssuer tokens,
			AccountMails mails, AuditTrail audit) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.tokens = tokens;
		this.mails = mails;
		this.audit = audit;
	}

	/** Mails a reset link if the address has an active account; the caller answers the same either way. */
	@Transactional
	public void requestReset(String email) {
		accounts.findByEmail(Account.normalise(email)).filter(a -> a.status() == Account.Status.ACTIVE).ifPresent(account -> {
			mails.resetPassword(account, tokens.issue(account.id(), AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY));
			audit.record(AuditEvent.of(account.id().toString(), "password.reset-requested", account.id().toString()));
		});
	}

	@Transactional(readOnly = true)
	public TokenCheck check(String token) {
		return tokens.check(token, AccountToken.Purpose.RESET_PASSWORD);
	}

	@Transactional
	public TokenCheck reset(String token, String newPassword) {
		TokenCheck check = tokens.check(token, AccountToken.Purpose.RESET_PASSWORD);
		if (check != TokenCheck.VALID) {
			return check;
		}
		UUID accountId = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD).orElseThrow();
		Account account = accounts.findById(accountId).orElseThrow();
		setPassword(account, newPassword);
		audit.record(AuditEvent.of(account.id().toString(), "password.reset", account.id().toString()));
		return TokenCheck.VALID;
	}

	@Transactional
	public void change(UUID accountId, String currentPassword, String newPassword) {
		Account account = accounts.findById(accountId).orElseThrow();
		String hash = account.passwordHash();
		if (hash == null || !encoder.matches(currentPassword, hash)) {
			throw new InvalidInput("currentPassword", "identity.password.current-wrong");
		}
		setPassword(account, newPassword);
		audit.record(AuditEvent.of(account.id().toString(), "password.changed", account.id().toString()));
	}

	private void setPassword(Account account, String newPassword) {
		policy.check(newPassword, account.email(), account.givenName(), account.familyName()).ifPresent(violation -> {
			throw new InvalidInput("password", "identity.password." + violation.name());
		});
		account.changePassword(encoder.encode(newPassword));
		mails.passwordChanged(account);
	}
}
