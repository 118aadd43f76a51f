package de.amtsportal.intranet.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds this instance's intranet index on start-up when it does not hold every item (a new or moved index
 * directory, another database) — before the web server opens, so the first search already finds everything.
 * Changes made through this instance are indexed as they commit.
 */
@Component
class ItemIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ItemIndex.class);

	private final EntityManagerFactory entityManagerFactory;
	private final EntityManager entityManager;
	private final Items items;
	private final TransactionTemplate transaction;
	private volatile boolean running;

	ItemIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, Items items, TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.items = items;
		this.transaction = transaction;
	}

	@Override
	public void start() {
		long stored = items.count();
		Long indexed = transaction.execute(status -> Search.session(entityManager).search(Item.class)
			.where(f -> f.matchAll()).fetchTotalHitCount());
		if (indexed == null || indexed != stored) {
			log.info("Intranet search index holds {} of {} items: rebuilding it", indexed, stored);
			rebuild();
		}
		running = true;
	}

	void rebuild() {
		try {
			Search.mapping(entityManagerFactory).scope(Item.class).massIndexer().startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Rebuilding the intranet search index was interrupted", e);
		}
	}

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
}
