package de.amtsportal.intranet.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A member's own confirmation that they have read a circular asked of each person, noted for each addressed
 * institution they belonged to then. Name and target groups are kept as they were, so that the list still says who
 * confirmed in which role after the person left.
 */
@Entity
@Table(name = "intranet_personal_acknowledgement")
@IdClass(PersonalAcknowledgement.Key.class)
public class PersonalAcknowledgement {

	@Id
	private UUID itemId;
	@Id
	private UUID accountId;
	@Id
	private UUID institutionId;
	private String accountName;
	/** Target group keys, comma-separated. */
	private String targetGroups;
	private Instant acknowledgedAt;

	protected PersonalAcknowledgement() {
		this.itemId = this.accountId = this.institutionId = new UUID(0, 0);
		this.accountName = this.targetGroups = "";
		this.acknowledgedAt = Instant.EPOCH;
	}

	PersonalAcknowledgement(UUID itemId, UUID accountId, UUID institutionId, String accountName,
			Collection<String> targetGroups, Instant now) {
		this.itemId = itemId;
		this.accountId = accountId;
		this.institutionId = institutionId;
		this.accountName = accountName;
		this.targetGroups = String.join(",", targetGroups.stream().sorted().toList());
		this.acknowledgedAt = now;
	}

	public UUID accountId() {
		return accountId;
	}

	public UUID institutionId() {
		return institutionId;
	}

	public String accountName() {
		return accountName;
	}

	public List<String> targetGroups() {
		return targetGroups.isEmpty() ? List.of() : Arrays.asList(targetGroups.split(","));
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	/** The composite key: one confirmation per item, person and institution. */
	public static class Key implements Serializable {

		private UUID itemId = new UUID(0, 0);
		private UUID accountId = new UUID(0, 0);
		private UUID institutionId = new UUID(0, 0);

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && itemId.equals(key.itemId) && accountId.equals(key.accountId)
					&& institutionId.equals(key.institutionId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(itemId, accountId, institutionId);
		}
	}
}
