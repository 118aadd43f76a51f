package de.amtsportal.open311.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A client's key to the Open311 API. The key itself is never stored, only its hash; a revoked key stays listed
 * so that the audit trail's references to it keep their meaning.
 */
@Entity
@Table(name = "open311_api_key")
public class ApiKey {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private String name;
	private String keyHash;
	private String keyPrefix;
	private boolean trusted;
	private int requestsPerMinute;
	private Instant createdAt;
	private @Nullable Instant revokedAt;
	@Version
	private long version;

	protected ApiKey() {
		this.id = UNLOADED;
		this.name = this.keyHash = this.keyPrefix = "";
		this.createdAt = Instant.EPOCH;
	}

	ApiKey(String name, String keyHash, String keyPrefix, boolean trusted, int requestsPerMinute, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.keyHash = keyHash;
		this.keyPrefix = keyPrefix;
		this.trusted = trusted;
		this.requestsPerMinute = requestsPerMinute;
		this.createdAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String keyPrefix() {
		return keyPrefix;
	}

	/** A trusted client may also post updates to requests (the servicerequestupdates extension). */
	public boolean trusted() {
		return trusted;
	}

	public int requestsPerMinute() {
		return requestsPerMinute;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant revokedAt() {
		return revokedAt;
	}

	public boolean active() {
		return revokedAt == null;
	}
}
