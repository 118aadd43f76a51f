package de.amtsportal.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.amtsportal.feedback.FeedbackSummary;
import de.amtsportal.feedback.Moment;

/** Storing ratings and summing them up. */
@Component
public class Ratings {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final RatingRepository repository;
	private final Clock clock;

	Ratings(RatingRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public void store(UUID serviceId, UUID formVersionId, Moment moment, int score, @Nullable String comment) {
		String kept = comment == null || comment.isBlank() ? null : comment.strip();
		repository.save(new Rating(serviceId, formVersionId, moment, score, kept, LocalDate.now(clock.withZone(BERLIN))));
	}

	public FeedbackSummary summary(UUID serviceId, YearMonth month) {
		Map<Integer, Long> scores = new HashMap<>();
		for (Object[] row : repository.scores(serviceId, month.atDay(1), month.atEndOfMonth())) {
			scores.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
		}
		return FeedbackSummary.of(scores);
	}
}
