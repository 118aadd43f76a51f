package de.amtsportal.reports.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * A subscription nobody confirmed is an address somebody typed, perhaps not their own: it is deleted after
 * {@code amtsportal.reports.unconfirmed-subscription-lifetime} (default a week). Confirmed ones stay until their
 * owner ends them. Runs on one instance at a time.
 */
@Component
class SubscriptionExpiry {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionExpiry.class);

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;
	private final Duration lifetime;

	SubscriptionExpiry(NamedParameterJdbcTemplate jdbc, Clock clock,
			@Value("${amtsportal.reports.unconfirmed-subscription-lifetime:P7D}") Duration lifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	@SchedulerLock(name = "report-subscription-expiry")
	@Transactional
	void run() {
		int deleted = jdbc.update("delete from report_subscription where confirmed = false and created_at < :before",
				Map.of("before", Timestamp.from(clock.instant().minus(lifetime))));
		if (deleted > 0) {
			log.info("Deleted {} report subscriptions not confirmed within {}", deleted, lifetime);
		}
	}
}
