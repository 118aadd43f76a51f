package de.amtsportal.backlog.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.backlog.BacklogWorker;
import de.amtsportal.backlog.internal.BacklogItems.Taken;

/**
 * One lane per kind of work: a thread that works off batches as long as there are due items, then waits until a
 * commit adds new ones or the poll interval has passed (items of a restart, of another instance, deferred ones).
 * Lanes of different kinds do not wait for each other: a slow SMTP server does not hold up the opening of cases.
 */
@Component
public class BacklogLanes implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BacklogLanes.class);
	private static final Object WAKE = new Object();

	private final ObjectProvider<BacklogWorker> workers;
	/** filled on start: the workers themselves add items, so they cannot be needed to build the backlog */
	private volatile Map<String, Lane> lanes = Map.of();
	private final BacklogItems items;
	private final TransactionTemplate transactions;
	private final Duration pollInterval;
	private volatile boolean running;

	BacklogLanes(ObjectProvider<BacklogWorker> workers, BacklogItems items, PlatformTransactionManager transactionManager,
			@Value("${amtsportal.backlog.poll-interval}") Duration pollInterval) {
		this.workers = workers;
		this.items = items;
		this.transactions = new TransactionTemplate(transactionManager);
		this.pollInterval = pollInterval;
	}

	/** Called after a commit that added items of this kind. */
	public void wake(String kind) {
		Lane lane = lanes.get(kind);
		if (lane != null) {
			lane.wakeups.offer(WAKE);
		}
	}

	@Override
	public void start() {
		Map<String, Lane> byKind = new LinkedHashMap<>();
		workers.orderedStream().forEach(worker -> {
			if (byKind.put(worker.kind(), new Lane(worker)) != null) {
				throw new IllegalStateException("Two backlog workers for " + worker.kind());
			}
		});
		lanes = byKind;
		running = true;
		lanes.values().forEach(Lane::start);
	}

	@Override
	public void stop() {
		running = false;
		lanes.values().forEach(lane -> lane.wakeups.offer(WAKE));
		for (Lane lane : lanes.values()) {
			lane.join();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private final class Lane implements Runnable {

		private final BacklogWorker worker;
		/** at most one wake-up waits: many commits while a batch runs need one more look, not many */
		private final BlockingQueue<Object> wakeups = new ArrayBlockingQueue<>(1);
		private @Nullable Thread thread;

		Lane(BacklogWorker worker) {
			this.worker = worker;
		}

		void start() {
			thread = new Thread(this, "backlog-" + worker.kind());
			thread.setDaemon(true);
			thread.start();
		}

		void join() {
			Thread running = thread;
			if (running == null) {
				return;
			}
			try {
				running.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void run() {
			while (running) {
				boolean full;
				try {
					full = batch();
				}
				catch (RuntimeException e) {
					// the database itself failed (the items stay where they are): wait for the next poll
					log.warn("Backlog {} could not be worked off: {}", worker.kind(), e.toString());
					full = false;
				}
				if (!full) {
					try {
						wakeups.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			}
		}

		/** Works off one batch; returns whether it was full (so more may be due at once). */
		private boolean batch() {
			List<Taken> taken = new ArrayList<>();
			try {
				transactions.executeWithoutResult(status -> {
					taken.addAll(items.take(worker.kind(), worker.batchSize()));
					if (!taken.isEmpty()) {
						finish(taken, worker.work(taken.stream().map(Taken::item).toList()));
					}
				});
			}
			catch (RuntimeException e) {
				if (taken.isEmpty()) {
					throw e;
				}
				log.warn("A batch of {} {} items failed, trying them one by one: {}", taken.size(), worker.kind(), e.toString());
				taken.forEach(t -> single(t.item()));
			}
			return taken.size() == worker.batchSize();
		}

		private void single(UUID item) {
			try {
				transactions.executeWithoutResult(status -> {
					List<Taken> taken = items.take(worker.kind(), item);
					if (!taken.isEmpty()) {
						finish(taken, worker.work(List.of(item)));
					}
				});
			}
			catch (RuntimeException e) {
				log.warn("Backlog item {} {} failed, kept for a later attempt", worker.kind(), item, e);
				transactions.executeWithoutResult(status -> items.defer(worker.kind(), items.take(worker.kind(), item), e.toString()));
			}
		}

		private void finish(List<Taken> taken, Set<UUID> deferred) {
			items.remove(worker.kind(), taken.stream().map(Taken::item).filter(i -> !deferred.contains(i)).toList());
			if (!deferred.isEmpty()) {
				items.defer(worker.kind(), taken.stream().filter(t -> deferred.contains(t.item())).toList(), "not done yet");
			}
		}
	}
}
