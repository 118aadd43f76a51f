package de.amtsportal.delivery.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.amtsportal.delivery.DeliveryState;
import de.amtsportal.submissions.SubmissionReceived;

/**
 * Plans one delivery per enabled channel of the application's service, in the transaction that stores the
 * submission (docs/adr/0021): the rows exist exactly when the submission does, without an event publication, a
 * listener transaction and two registry updates per submission. An event published again finds the idempotency
 * keys taken and plans nothing twice.
 */
@Component
class DeliveryPlanner {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	DeliveryPlanner(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Plain statements rather than repositories: this runs in every submit, and most services have no channel. */
	@EventListener
	void on(SubmissionReceived received) {
		List<UUID> channels = jdbc.queryForList("select id from delivery_channel where service_id = ? and enabled order by created_at",
				UUID.class, received.serviceId());
		Timestamp now = Timestamp.from(clock.instant());
		for (UUID channel : channels) {
			jdbc.update("insert into delivery (id, idempotency_key, submission_id, reference, channel_id, state, attempts, next_attempt_at,"
					+ " created_at, version) values (?, ?, ?, ?, ?, ?, 0, ?, ?, 0) on conflict do nothing", UUID.randomUUID(),
					Delivery.key(received.submissionId(), channel), received.submissionId(), received.reference(), channel,
					DeliveryState.PENDING.name(), now, now);
		}
	}
}
