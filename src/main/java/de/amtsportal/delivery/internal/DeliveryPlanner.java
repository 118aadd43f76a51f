package de.amtsportal.delivery.internal;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.submissions.SubmissionReceived;

/**
 * Plans one delivery per enabled channel of the application's service. Runs in its own transaction after the
 * submission committed; the event publication registry redelivers the event until this transaction committed,
 * so the rows exist whenever the submission does, and the unique idempotency key keeps a redelivery harmless.
 */
@Component
class DeliveryPlanner {

	private final ChannelConfigs channels;
	private final DeliveryRepository deliveries;
	private final Clock clock;

	DeliveryPlanner(ChannelConfigs channels, DeliveryRepository deliveries, Clock clock) {
		this.channels = channels;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SubmissionReceived received) {
		for (ChannelConfig channel : channels.findByServiceIdAndEnabledTrueOrderByCreatedAt(received.serviceId())) {
			if (!deliveries.existsByIdempotencyKey(Delivery.key(received.submissionId(), channel.id()))) {
				deliveries.save(new Delivery(received.submissionId(), received.reference(), channel.id(), clock.instant()));
			}
		}
	}
}
