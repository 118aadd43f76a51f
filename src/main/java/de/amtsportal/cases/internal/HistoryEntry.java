package de.amtsportal.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One step in a case's history as the caseworkers read it: {@code action} names a message family
 * ({@code cases.history.<action>}), {@code detail} its argument (a status, a unit's name, a reason).
 */
@Entity
@Table(name = "case_history")
public class HistoryEntry implements Persistable<UUID> {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID caseId;
	private String action;
	private @Nullable UUID actor;
	private @Nullable String actorName;
	private @Nullable String detail;
	private Instant happenedAt;
	private transient boolean fresh;

	protected HistoryEntry() {
		this.id = this.caseId = UNLOADED;
		this.action = "";
		this.happenedAt = Instant.EPOCH;
	}

	HistoryEntry(UUID caseId, String action, @Nullable UUID actor, @Nullable String actorName, @Nullable String detail,
			Instant now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.action = action;
		this.actor = actor;
		this.actorName = actorName;
		this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
		this.happenedAt = now;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** Always a new id: saving inserts without reading first. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	public String action() {
		return action;
	}

	public @Nullable String actorName() {
		return actorName;
	}

	public @Nullable String detail() {
		return detail;
	}

	public Instant happenedAt() {
		return happenedAt;
	}
}
