package de.amtsportal.delivery.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.delivery.spi.Parcel;
import de.amtsportal.submissions.SubmissionErased;

/**
 * Forgets the deliveries of an erased application: their rows (reference, errors, idempotency key) and what their
 * channels left within reach (export folders). Files go first, rows last: if removing a file fails, the
 * transaction rolls back, the event publication registry redelivers the event and the next run finds the rows
 * again — and a second run after success finds nothing to do.
 */
@Component
class ErasedApplications {

	private final DeliveryRepository deliveries;
	private final ChannelConfigs channels;
	private final ChannelTypes types;

	ErasedApplications(DeliveryRepository deliveries, ChannelConfigs channels, ChannelTypes types) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.types = types;
	}

	@ApplicationModuleListener
	void on(SubmissionErased erased) {
		List<Delivery> rows = deliveries.findBySubmissionIdOrderByCreatedAt(erased.submissionId());
		for (Delivery delivery : rows) {
			channels.findById(delivery.channelId()).ifPresent(channel -> types.find(channel.type()).ifPresent(type -> {
				try {
					type.erase(new Parcel.Destination(channel.id(), channel.target(), channel.secret()), delivery.reference());
				}
				catch (IOException e) {
					throw new UncheckedIOException("Export of an erased application not removed: " + delivery.id(), e);
				}
			}));
		}
		deliveries.deleteAll(rows);
	}
}
