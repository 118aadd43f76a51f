package de.amtsportal.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this instance's search index in step with the database. Changes made here are indexed as they commit.
 * Two things would otherwise leave services unfindable or stale:
 * <ul>
 * <li>an index directory that is new (first start after an upgrade, a deleted or moved directory) or belongs
 * to another database: on start-up the index is rebuilt whenever its count of services differs from the
 * table's — as a lifecycle phase before the web server opens, so the first visitor already finds everything;</li>
 * <li>changes made by another instance (each instance has its own embedded index): every instance re-indexes,
 * on a schedule, the services changed since its last look. Deliberately without a cluster lock — every
 * instance must do it for itself. The look-back overlaps by a few minutes, because a change is stamped with
 * the writer's clock before its transaction commits; indexing a service twice is harmless.</li>
 * </ul>
 */
@Component
class SearchIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
	static final Duration OVERLAP = Duration.ofMinutes(5);

	private final EntityManagerFactory entityManagerFactory;
	private final EntityManager entityManager;
	private final Services services;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private volatile boolean running;
	/** Changes up to here are in this instance's index; null: not known, so the first catch-up takes all. */
	private volatile @Nullable Instant indexedUpTo;

	SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, Services services,
			TransactionTemplate transaction, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.services = services;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void start() {
		Instant started = clock.instant();
		long indexed = indexed();
		long stored = services.count();
		if (indexed != stored) {
			log.info("Search index holds {} of {} services: rebuilding it", indexed, stored);
			rebuild();
			indexedUpTo = started;
		}
		running = true;
	}

	/** Before the web server (which starts in the last phases). */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Scheduled(fixedDelayString = "${amtsportal.search.catch-up-interval}", initialDelayString = "${amtsportal.search.catch-up-interval}")
	void catchUp() {
		Instant now = clock.instant();
		Instant since = indexedUpTo;
		Integer count = transaction.execute(status -> {
			List<Service> changed = since == null ? services.findAll() : services.findByUpdatedAtAfter(since.minus(OVERLAP));
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			changed.forEach(plan::addOrUpdate);
			return changed.size();
		});
		indexedUpTo = now;
		log.debug("Search index caught up with {} changed services", count);
	}

	void rebuild() {
		try {
			Search.mapping(entityManagerFactory).scope(Service.class).massIndexer().startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Rebuilding the search index was interrupted", e);
		}
	}

	long indexed() {
		Long count = transaction.execute(status -> Search.session(entityManager).search(Service.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
		return count == null ? 0 : count;
	}
}
