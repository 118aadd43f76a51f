package de.amtsportal.feedback.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import de.amtsportal.feedback.Moment;

/** One rating: what was rated and when (the day only) — nothing that leads back to the person or the application. */
@Entity
@Table(name = "feedback_rating")
class Rating {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID serviceId;
	private UUID formVersionId;
	@Enumerated(EnumType.STRING)
	private Moment moment;
	private int score;
	private @Nullable String comment;
	private LocalDate createdOn;

	protected Rating() {
		this.id = this.serviceId = this.formVersionId = UNLOADED;
		this.moment = Moment.AFTER_SUBMISSION;
		this.createdOn = LocalDate.EPOCH;
	}

	Rating(UUID serviceId, UUID formVersionId, Moment moment, int score, @Nullable String comment, LocalDate on) {
		this.id = UUID.randomUUID();
		this.serviceId = serviceId;
		this.formVersionId = formVersionId;
		this.moment = moment;
		this.score = score;
		this.comment = comment;
		this.createdOn = on;
	}
}
