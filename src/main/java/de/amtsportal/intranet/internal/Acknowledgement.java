package de.amtsportal.intranet.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An institution's confirmation that it has read a circular, given by one of its addressed members. The name is
 * kept as it was, so that the record still says who confirmed after that account is gone.
 */
@Entity
@Table(name = "intranet_acknowledgement")
@IdClass(Acknowledgement.Key.class)
public class Acknowledgement {

	@Id
	private UUID itemId;
	@Id
	private UUID institutionId;
	private UUID accountId;
	private String accountName;
	private Instant acknowledgedAt;

	protected Acknowledgement() {
		this.itemId = this.institutionId = this.accountId = new UUID(0, 0);
		this.accountName = "";
		this.acknowledgedAt = Instant.EPOCH;
	}

	Acknowledgement(UUID itemId, UUID institutionId, UUID accountId, String accountName, Instant now) {
		this.itemId = itemId;
		this.institutionId = institutionId;
		this.accountId = accountId;
		this.accountName = accountName;
		this.acknowledgedAt = now;
	}

	public UUID institutionId() {
		return institutionId;
	}

	public String accountName() {
		return accountName;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	/** The composite key: one confirmation per item and institution. */
	public static class Key implements Serializable {

		private UUID itemId = new UUID(0, 0);
		private UUID institutionId = new UUID(0, 0);

		protected Key() {
		}

		Key(UUID itemId, UUID institutionId) {
			this.itemId = itemId;
			this.institutionId = institutionId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && itemId.equals(key.itemId) && institutionId.equals(key.institutionId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(itemId, institutionId);
		}
	}
}
