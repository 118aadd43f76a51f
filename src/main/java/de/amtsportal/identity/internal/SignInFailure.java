package de.amtsportal.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A failed sign-in from a client address; counted to slow down guessing across many accounts. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private String clientAddress;
	private Instant occurredAt;

	protected SignInFailure() {
		this.id = UNLOADED;
		this.clientAddress = "";
		this.occurredAt = Instant.EPOCH;
	}

	SignInFailure(String clientAddress, Instant occurredAt) {
		this.id = UUID.randomUUID();
		this.clientAddress = clientAddress;
		this.occurredAt = occurredAt;
	}
}
