package de.amtsportal.catalog.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database across restarts. Changes are indexed as they commit; but
 * an index directory that is new (first start after an upgrade, a deleted or moved directory) or belongs to
 * another database would leave services unfindable, so on start-up the index is rebuilt whenever its count
 * of services differs from the table's. This runs as a lifecycle phase before the web server opens, so the
 * first visitor already finds everything.
 */
@Component
class SearchIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;
	private final EntityManager entityManager;
	private final Services services;
	private final TransactionTemplate transaction;
	private volatile boolean running;

	SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, Services services,
			TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.services = services;
		this.transaction = transaction;
	}

	@Override
	public void start() {
		long indexed = indexed();
		long stored = services.count();
		if (indexed != stored) {
			log.info("Search index holds {} of {} services: rebuilding it", indexed, stored);
			rebuild();
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
