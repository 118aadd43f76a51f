package de.amtsportal.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A one-time code that replaces a TOTP code when the authenticator is lost; stored hashed. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID accountId;
	private String codeHash;
	private @Nullable Instant usedAt;

	protected RecoveryCode() {
		this.id = this.accountId = UNLOADED;
		this.codeHash = "";
	}

	RecoveryCode(UUID accountId, String codeHash) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	boolean used() {
		return usedAt != null;
	}

	void use(Instant now) {
		usedAt = now;
	}
}
