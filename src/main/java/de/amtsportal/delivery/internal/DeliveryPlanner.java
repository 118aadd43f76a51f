package de.amtsportal.delivery.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.amtsportal.submissions.SubmissionReceived;

/**
 * Plans one delivery per enabled channel of the application's service, in the transaction that stores the
 * submission (docs/adr/0021): the rows exist exactly when the submission does, without an event publication, a
 * listener transaction and two registry updates per submission. An event published again finds the idempotency
 * keys taken and plans nothing twice.
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

	@EventListener
	void on(SubmissionReceived received) {
		for (ChannelConfig channel : channels.findByServiceIdAndEnabledTrueOrderByCreatedAt(received.serviceId())) {
			if (!deliveries.existsByIdempotencyKey(Delivery.key(received.submissionId(), channel.id()))) {
				deliveries.save(new Delivery(received.submissionId(), received.reference(), channel.id(), clock.instant()));
			}
		}
	}
}
