package de.amtsportal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Issues secret links and redeems them exactly once, before they expire. */
@Component
class AccountTokenIssuer {

	private final AccountTokens tokens;
	private final Clock clock;

	AccountTokenIssuer(AccountTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token; earlier unused tokens of the same purpose stop working, so only the newest link counts. */
	String issue(UUID accountId, AccountToken.Purpose purpose, Duration validity) {
		tokens.findByAccountIdAndPurpose(accountId, purpose).stream()
			.filter(t -> !t.used() && !t.replaced())
			.forEach(t -> t.replace(clock.instant()));
		String token = SecretTokens.newToken();
		tokens.save(new AccountToken(accountId, purpose, SecretTokens.hash(token), clock.instant().plus(validity)));
		return token;
	}

	TokenCheck check(String token, AccountToken.Purpose purpose) {
		return find(token, purpose).map(t -> t.used() ? TokenCheck.USED : t.replaced() ? TokenCheck.REPLACED
				: t.expiredAt(clock.instant()) ? TokenCheck.EXPIRED : TokenCheck.VALID).orElse(TokenCheck.UNKNOWN);
	}

	/** Uses the token up and returns its account, if the token is valid now. */
	Optional<UUID> redeem(String token, AccountToken.Purpose purpose) {
		return find(token, purpose).filter(t -> !t.used() && !t.replaced() && !t.expiredAt(clock.instant())).map(t -> {
			t.use(clock.instant());
			return t.accountId();
		});
	}

	private Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(SecretTokens.hash(token)).filter(t -> t.purpose() == purpose);
	}
}
