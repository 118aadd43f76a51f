package de.amtsportal.submissions.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The running number of reference numbers, taken from the database sequence in blocks (the sequence counts in
 * steps of {@link #BLOCK}), so that a submit costs no extra round trip. Unique across instances and restarts;
 * numbers are not gap-free (neither were they before: a rolled-back submit used one up).
 */
@Component
class ReferenceNumbers {

	static final int BLOCK = 50;

	private final JdbcTemplate jdbc;
	private long next;
	private long end;

	ReferenceNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	synchronized long next() {
		if (next == end) {
			Long start = jdbc.queryForObject("select nextval('submission_reference_seq')", Long.class);
			next = start;
			end = start + BLOCK;
		}
		return next++;
	}
}
