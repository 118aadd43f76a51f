package de.amtsportal.intranet.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The weekly digest: one mail per member with the items that came out since the last digest and that they may
 * see, for the categories they chose it for. Runs on one instance at a time (ShedLock); the end of the period
 * told is stored with the mails in one transaction, so a failed or repeated run neither skips nor repeats items.
 */
@Component
public class WeeklyDigest {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
	private static final String NAME = "weekly";

	private final NewItemMails newItemMails;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	WeeklyDigest(NewItemMails newItemMails, JdbcTemplate jdbc, Clock clock) {
		this.newItemMails = newItemMails;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${amtsportal.intranet.digest-cron:0 0 7 * * MON}", zone = "Europe/Berlin")
	@SchedulerLock(name = "intranet-weekly-digest")
	@Transactional
	public void send() {
		Instant now = clock.instant();
		Instant from = jdbc.query("select sent_until from intranet_digest where name = ?",
				(rs, n) -> rs.getTimestamp(1).toInstant(), NAME).stream().findFirst()
			.orElse(now.minus(Duration.ofDays(7)));
		int mails = newItemMails.digest(from, now);
		if (jdbc.update("update intranet_digest set sent_until = ? where name = ?", Timestamp.from(now), NAME) == 0) {
			jdbc.update("insert into intranet_digest (name, sent_until) values (?, ?)", NAME, Timestamp.from(now));
		}
		log.info("Intranet weekly digest: {} mails for items out after {}", mails, from);
	}
}
