package de.amtsportal.delivery.internal;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.delivery.DeliveryState;
import de.amtsportal.delivery.spi.DeliveryChannel;
import de.amtsportal.delivery.spi.Outcome;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Works off due deliveries, one per transaction: the row stays locked ({@code FOR UPDATE SKIP LOCKED}) while
 * its channel runs, and the outcome is written in the same transaction. A process that dies in between leaves
 * the row as it was, so it is tried again — at least once, never lost; receivers deduplicate by the key.
 * The scheduled run holds a ShedLock, so of N instances one works at a time.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
	/** Bounds one run, so that the lock is given back now and then. */
	private static final int MAX_PER_RUN = 500;

	private final DeliveryRepository deliveries;
	private final ChannelConfigs channels;
	private final ChannelTypes types;
	private final ParcelAssembly parcels;
	private final DeliveryProperties properties;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DeliveryWorker(DeliveryRepository deliveries, ChannelConfigs channels, ChannelTypes types, ParcelAssembly parcels,
			DeliveryProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.types = types;
		this.parcels = parcels;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${amtsportal.delivery.poll-interval:PT15S}", initialDelayString = "${amtsportal.delivery.poll-interval:PT15S}")
	@SchedulerLock(name = "delivery-worker", lockAtMostFor = "PT30M")
	void scheduled() {
		deliverDue();
	}

	/** Attempts every delivery that is due now; returns how many were attempted. */
	public int deliverDue() {
		int attempted = 0;
		while (attempted < MAX_PER_RUN && Boolean.TRUE.equals(transaction.execute(status -> attemptNext()))) {
			attempted++;
		}
		return attempted;
	}

	private boolean attemptNext() {
		Optional<Delivery> due = deliveries.lockNextDue(clock.instant());
		if (due.isEmpty()) {
			return false;
		}
		Delivery delivery = due.get();
		ChannelConfig channel = channels.findById(delivery.channelId()).orElseThrow();
		Outcome outcome = attempt(delivery, channel);
		delivery.attempted(outcome, clock.instant(), properties.backoff());
		if (delivery.state() == DeliveryState.FAILED) {
			log.warn("Delivery {} of {} to channel {} failed after {} attempts: {}", delivery.id(), delivery.reference(),
					channel.id(), delivery.attempts(), delivery.lastError());
		}
		return true;
	}

	private Outcome attempt(Delivery delivery, ChannelConfig channel) {
		Optional<DeliveryChannel> implementation = types.find(channel.type());
		if (implementation.isEmpty()) {
			return Outcome.refused("Unknown channel type " + channel.type());
		}
		if (!channel.enabled()) {
			return Outcome.refused("Channel disabled");
		}
		try {
			return implementation.get().deliver(parcels.of(delivery, channel));
		}
		catch (RuntimeException e) {
			// a bug or a missing file must not stop the queue: tried again, and visible to operators
			log.warn("Delivery {} threw", delivery.id(), e);
			return Outcome.retry("Error: " + e.getClass().getSimpleName());
		}
	}
}
