package de.amtsportal.open311.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling the API: the active key behind an {@code api_key}, looked up by its hash on every request, so
 * that a revoked key is refused at once on every instance.
 */
@Service
public class ApiClients {

	private final ApiKeys keys;

	ApiClients(ApiKeys keys) {
		this.keys = keys;
	}

	/** A client with a valid key. */
	public record ApiClient(UUID keyId, String name, boolean trusted, int requestsPerMinute) {
	}

	@Transactional(readOnly = true)
	public Optional<ApiClient> byKey(String secret) {
		if (!secret.startsWith(ApiKeyAdministration.PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return keys.findByKeyHash(ApiKeyAdministration.hash(secret))
			.filter(ApiKey::active)
			.map(key -> new ApiClient(key.id(), key.name(), key.trusted(), key.requestsPerMinute()));
	}
}
