package de.amtsportal.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A secret link sent by mail. Only the token's SHA-256 is stored, so a database dump reveals no usable links. */
@Entity
@Table(name = "account_token")
public class AccountToken {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	public enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD, INVITATION
	}

	@Id
	private UUID id;
	private UUID accountId;
	@Enumerated(EnumType.STRING)
	private Purpose purpose;
	private String tokenHash;
	private Instant expiresAt;
	private @Nullable Instant usedAt;
	private @Nullable Instant replacedAt;

	protected AccountToken() {
		this.id = this.accountId = UNLOADED;
		this.purpose = Purpose.VERIFY_EMAIL;
		this.tokenHash = "";
		this.expiresAt = Instant.EPOCH;
	}

	AccountToken(UUID accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	public UUID accountId() {
		return accountId;
	}

	public Purpose purpose() {
		return purpose;
	}

	public boolean used() {
		return usedAt != null;
	}

	/** A newer link of the same purpose was sent; this one no longer works. */
	public boolean replaced() {
		return replacedAt != null;
	}

	public boolean expiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}

	void use(Instant now) {
		usedAt = now;
	}

	void replace(Instant now) {
		replacedAt = now;
	}
}
