package de.amtsportal.backlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.support.IntegrationTest;

/**
 * The backlog does each item's work once, after the commit that added it and never for a transaction that was
 * rolled back; a failing item does not hold up the others of its batch and is kept, with its error, for later.
 */
@IntegrationTest
class BacklogIntegrationTests {

	/** Items whose work fails every time (a bug, a record that cannot be read). */
	static final Set<UUID> POISON = ConcurrentHashMap.newKeySet();
	/** Items whose work cannot be done yet (an SMTP server that is down). */
	static final Set<UUID> NOT_YET = ConcurrentHashMap.newKeySet();
	static final List<UUID> DONE = new CopyOnWriteArrayList<>();

	@TestConfiguration
	static class Worker {

		@Bean
		BacklogWorker testWorker() {
			return new BacklogWorker() {

				@Override
				public String kind() {
					return "test";
				}

				@Override
				public Set<UUID> work(List<UUID> items) {
					if (items.stream().anyMatch(POISON::contains)) {
						throw new IllegalStateException("cannot be worked off");
					}
					items.stream().filter(i -> !NOT_YET.contains(i)).forEach(DONE::add);
					return Set.copyOf(items.stream().filter(NOT_YET::contains).toList());
				}
			};
		}
	}

	@Autowired
	Backlog backlog;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anItemIsWorkedOffOnceAfterTheCommit() {
		UUID item = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			backlog.add("test", item);
			backlog.add("test", item);
		});

		await().atMost(Duration.ofSeconds(5)).until(() -> DONE.contains(item));
		await().atMost(Duration.ofSeconds(5)).until(() -> waiting(item) == 0);
		assertThat(DONE.stream().filter(item::equals)).hasSize(1);
	}

	@Test
	void nothingIsWorkedOffForATransactionThatRolledBack() throws InterruptedException {
		UUID rolledBack = UUID.randomUUID();
		UUID committed = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			backlog.add("test", rolledBack);
			tx.setRollbackOnly();
		});
		transactions.executeWithoutResult(tx -> backlog.add("test", committed));

		await().atMost(Duration.ofSeconds(5)).until(() -> DONE.contains(committed));
		assertThat(DONE).doesNotContain(rolledBack);
		assertThat(waiting(rolledBack)).isZero();
	}

	@Test
	void aFailingItemIsKeptWithItsErrorAndTheOthersOfItsBatchAreDone() {
		UUID poison = UUID.randomUUID();
		UUID notYet = UUID.randomUUID();
		List<UUID> healthy = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		POISON.add(poison);
		NOT_YET.add(notYet);
		Instant before = Instant.now();
		transactions.executeWithoutResult(tx -> {
			backlog.add("test", healthy.get(0));
			backlog.add("test", poison);
			backlog.add("test", notYet);
			backlog.add("test", healthy.get(1));
			backlog.add("test", healthy.get(2));
		});

		await().atMost(Duration.ofSeconds(5)).until(() -> DONE.containsAll(healthy));
		await().atMost(Duration.ofSeconds(5)).until(() -> waiting(poison) == 1 && waiting(notYet) == 1
				&& attempts(poison) == 1 && attempts(notYet) == 1);
		assertThat(DONE).doesNotContain(poison, notYet);
		assertThat(jdbc.queryForObject("select last_error from backlog_item where item = ?", String.class, poison))
			.contains("cannot be worked off");
		assertThat(jdbc.queryForObject("select due_at from backlog_item where item = ?", Instant.class, poison))
			.as("tried again after a pause").isAfter(before.plusSeconds(25));
		healthy.forEach(item -> assertThat(waiting(item)).isZero());
	}

	private int waiting(UUID item) {
		return jdbc.queryForObject("select count(*) from backlog_item where kind = 'test' and item = ?", Integer.class, item);
	}

	private int attempts(UUID item) {
		return jdbc.queryForObject("select coalesce(max(attempts), 0) from backlog_item where kind = 'test' and item = ?",
				Integer.class, item);
	}
}
