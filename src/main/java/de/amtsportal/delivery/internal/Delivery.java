package de.amtsportal.delivery.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import de.amtsportal.delivery.DeliveryState;
import de.amtsportal.delivery.spi.Outcome;

/**
 * The hand-over of one application to one channel. Its idempotency key (application id and channel id) is
 * unique, so a redelivered event creates nothing twice, and the receiver gets the same key at every attempt.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

	private static final UUID UNLOADED = new UUID(0, 0);
	private static final int MAX_ERROR = 1000;

	@Id
	private UUID id;
	private String idempotencyKey;
	private UUID submissionId;
	private String reference;
	private UUID channelId;
	@Enumerated(EnumType.STRING)
	private DeliveryState state;
	private int attempts;
	private Instant nextAttemptAt;
	private @Nullable String lastError;
	private Instant createdAt;
	private @Nullable Instant deliveredAt;
	@Version
	private long version;

	protected Delivery() {
		this.id = this.submissionId = this.channelId = UNLOADED;
		this.idempotencyKey = this.reference = "";
		this.state = DeliveryState.PENDING;
		this.nextAttemptAt = this.createdAt = Instant.EPOCH;
	}

	Delivery(UUID submissionId, String reference, UUID channelId, Instant now) {
		this.id = UUID.randomUUID();
		this.idempotencyKey = key(submissionId, channelId);
		this.submissionId = submissionId;
		this.reference = reference;
		this.channelId = channelId;
		this.state = DeliveryState.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	static String key(UUID submissionId, UUID channelId) {
		return submissionId + "." + channelId;
	}

	/** Records one attempt; after the last one a delivery that still fails waits for an operator. */
	void attempted(Outcome outcome, Instant now, Backoff backoff) {
		if (state != DeliveryState.PENDING) {
			throw new IllegalStateException("Delivery " + id + " is " + state);
		}
		attempts++;
		if (outcome instanceof Outcome.Delivered) {
			state = DeliveryState.DELIVERED;
			deliveredAt = now;
			lastError = null;
		}
		else if (outcome instanceof Outcome.Refused refused) {
			state = DeliveryState.FAILED;
			lastError = shorten(refused.error());
		}
		else if (outcome instanceof Outcome.Retry retry) {
			lastError = shorten(retry.error());
			if (attempts >= backoff.maxAttempts()) {
				state = DeliveryState.FAILED;
			}
			else {
				nextAttemptAt = now.plus(backoff.delayAfter(attempts));
			}
		}
	}

	/** An operator's "try again": a fresh series of attempts, starting now; the last error stays until then. */
	void retry(Instant now) {
		if (state != DeliveryState.FAILED) {
			throw new IllegalStateException("Only failed deliveries are retried by hand, " + id + " is " + state);
		}
		state = DeliveryState.PENDING;
		attempts = 0;
		nextAttemptAt = now;
	}

	private static String shorten(String error) {
		return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
	}

	public UUID id() {
		return id;
	}

	public String idempotencyKey() {
		return idempotencyKey;
	}

	public UUID submissionId() {
		return submissionId;
	}

	public String reference() {
		return reference;
	}

	public UUID channelId() {
		return channelId;
	}

	public DeliveryState state() {
		return state;
	}

	public int attempts() {
		return attempts;
	}

	public Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	public @Nullable String lastError() {
		return lastError;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant deliveredAt() {
		return deliveredAt;
	}
}
