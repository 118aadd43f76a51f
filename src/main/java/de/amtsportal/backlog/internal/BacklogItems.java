package de.amtsportal.backlog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The backlog table. Times are the machine's, not the application's clock: when work is due is not a domain
 * time (tests move the application's clock; the backlog must go on regardless).
 */
@Component
public class BacklogItems {

	private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
	private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
	private static final int ERROR_LIMIT = 1000;

	private final JdbcTemplate jdbc;
	private final Clock clock = Clock.systemUTC();

	BacklogItems(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An item taken for work: locked until the transaction ends. */
	record Taken(UUID item, int attempts) {
	}

	/** An item to be added. */
	public record Item(String kind, UUID item) {
	}

	/** Adds the items in one batch (one round trip); items still waiting stay as they are. */
	public void add(Collection<Item> items) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("insert into backlog_item (kind, item, queued_at, due_at, attempts) values (?, ?, ?, ?, 0) on conflict do nothing",
				items.stream().map(i -> new Object[] { i.kind(), i.item(), now, now }).toList());
	}

	/** Locks up to {@code limit} due items, oldest first; items another transaction holds are skipped, not waited for. */
	List<Taken> take(String kind, int limit) {
		return jdbc.query("select item, attempts from backlog_item where kind = ? and due_at <= ? order by due_at limit ? for update skip locked",
				(rs, row) -> new Taken(rs.getObject(1, UUID.class), rs.getInt(2)), kind, Timestamp.from(clock.instant()), limit);
	}

	/** Locks the one item, if it still waits and nobody else holds it. */
	List<Taken> take(String kind, UUID item) {
		return jdbc.query("select item, attempts from backlog_item where kind = ? and item = ? for update skip locked",
				(rs, row) -> new Taken(rs.getObject(1, UUID.class), rs.getInt(2)), kind, item);
	}

	void remove(String kind, Collection<UUID> items) {
		jdbc.batchUpdate("delete from backlog_item where kind = ? and item = ?", items.stream().map(i -> new Object[] { kind, i }).toList());
	}

	/** Keeps the items for later: the pause doubles with every attempt, from 30 seconds up to an hour. */
	void defer(String kind, Collection<Taken> items, String error) {
		Instant now = clock.instant();
		String reason = error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT);
		jdbc.batchUpdate("update backlog_item set attempts = attempts + 1, due_at = ?, last_error = ? where kind = ? and item = ?",
				items.stream().map(t -> new Object[] { Timestamp.from(now.plus(pause(t.attempts()))), reason, kind, t.item() }).toList());
	}

	static Duration pause(int attempts) {
		return attempts >= 7 ? LONGEST_PAUSE : FIRST_PAUSE.multipliedBy(1L << attempts);
	}
}
