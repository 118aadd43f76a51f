package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

/** TOTP (RFC 6238, as in every authenticator app) and one-time recovery codes. */
@Service
public class TwoFactor {

	private static final int RECOVERY_CODES = 10;

	private final Accounts accounts;
	private final RecoveryCodes recoveryCodes;
	private final AuditTrail audit;
	private final IdentityProperties properties;
	private final Clock clock;
	private final CodeVerifier verifier;

	TwoFactor(Accounts accounts, RecoveryCodes recoveryCodes, AuditTrail audit, IdentityProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		DefaultCodeVerifier codeVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
		codeVerifier.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codeVerifier;
	}

	public String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/** The QR code an authenticator app scans, as a data URI (no request leaves the page). */
	public String qrCode(String secret, String email) {
		QrData data = new QrData.Builder().label(email)
			.secret(secret)
			.issuer(properties.authorityName())
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			return getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("QR code could not be generated", e);
		}
	}

	public boolean codeMatches(String secret, String code) {
		return verifier.isValidCode(secret, code.replaceAll("\\s", ""));
	}

	/** Turns TOTP on with a secret the person proved to have; returns fresh recovery codes to show once. */
	@Transactional
	public List<String> enable(UUID accountId, String secret) {
		Account account = accounts.findById(accountId).orElseThrow();
		account.enableTotp(secret);
		account.signedIn();
		recoveryCodes.deleteByAccountId(accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = SecretTokens.newRecoveryCode();
			codes.add(code);
			recoveryCodes.save(new RecoveryCode(accountId, SecretTokens.hash(code)));
		}
		audit.record(AuditEvent.of(accountId.toString(), "two-factor.enrolled", accountId.toString()));
		return codes;
	}

	/**
	 * Checks a TOTP code or, failing that, an unused recovery code (which is then used up). A wrong code counts
	 * as a failed sign-in of the account, like a wrong password, so starting the sign-in again does not buy
	 * more guesses; while the account is locked no code is accepted.
	 */
	@Transactional
	public boolean verify(UUID accountId, String input) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.lockedAt(clock.instant())) {
			return false;
		}
		if (matches(account, input.strip().toLowerCase(Locale.ROOT))) {
			account.signedIn();
			return true;
		}
		account.signInFailed(properties.signIn().maxFailuresPerAccount(), properties.signIn().accountLock(), clock.instant());
		audit.record(new AuditEvent(accountId.toString(), "sign-in.failed", accountId.toString(), "wrong-code"));
		return false;
	}

	private boolean matches(Account account, String code) {
		String secret = account.totpSecret();
		if (secret != null && code.matches("\\d{6}") && codeMatches(secret, code)) {
			return true;
		}
		UUID accountId = account.id();
		return recoveryCodes.findByAccountIdAndCodeHash(accountId, SecretTokens.hash(code))
			.filter(recovery -> !recovery.used())
			.map(recovery -> {
				recovery.use(clock.instant());
				audit.record(AuditEvent.of(accountId.toString(), "two-factor.recovery-code-used", accountId.toString()));
				return true;
			})
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public long unusedRecoveryCodes(UUID accountId) {
		return recoveryCodes.findByAccountId(accountId).stream().filter(c -> !c.used()).count();
	}
}
