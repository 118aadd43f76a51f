package de.amtsportal.open311.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.CurrentUser;

/**
 * Creating and revoking the keys of Open311 clients. A key is 32 random bytes, shown once to the administrator
 * who created it; only its SHA-256 hash is stored (a key this long needs no slow hash: it cannot be guessed, only
 * stolen). Every change is in the audit trail, by id.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
public class ApiKeyAdministration {

	static final String PREFIX = "o311_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiKeys keys;
	private final AuditTrail audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	ApiKeyAdministration(ApiKeys keys, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A new key and the key itself, to be shown this once. */
	public record Created(ApiKey key, String secret) {
	}

	@Transactional(readOnly = true)
	public List<ApiKey> all() {
		return keys.findAllByOrderByCreatedAtDesc();
	}

	@Transactional
	public Created create(String name, boolean trusted, int requestsPerMinute) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiKey key = keys.save(new ApiKey(name.trim(), hash(secret), secret.substring(0, PREFIX.length() + 6), trusted,
				requestsPerMinute, clock.instant()));
		audit.record(new AuditEvent(actor(), "open311-key.created", key.id().toString(),
				"trusted=" + trusted + " requestsPerMinute=" + requestsPerMinute));
		return new Created(key, secret);
	}

	/** Revokes a key at once: the next request with it is refused. */
	@Transactional
	public boolean revoke(UUID id) {
		Optional<ApiKey> key = keys.findById(id);
		if (key.isEmpty() || !key.get().active()) {
			return false;
		}
		key.get().revoke(clock.instant());
		audit.record(AuditEvent.of(actor(), "open311-key.revoked", id.toString()));
		return true;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private String actor() {
		return currentUser.require().id().value().toString();
	}
}
