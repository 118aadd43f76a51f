package de.amtsportal.intranet.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** When a person last looked at an area of the intranet, for "new since your last visit". */
@Component
class Visits {

	private final JdbcTemplate jdbc;

	Visits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The previous visit, and from now on this one. */
	Optional<Instant> replace(UUID account, String area, Instant now) {
		Optional<Instant> previous = jdbc.query("select visited_at from intranet_visit where account_id = ? and area = ?",
				(rs, n) -> rs.getTimestamp(1).toInstant(), account, area).stream().findFirst();
		if (previous.isPresent()) {
			jdbc.update("update intranet_visit set visited_at = ? where account_id = ? and area = ?", Timestamp.from(now), account, area);
		}
		else {
			jdbc.update("insert into intranet_visit (account_id, area, visited_at) values (?, ?, ?)", account, area, Timestamp.from(now));
		}
		return previous;
	}
}
