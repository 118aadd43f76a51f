package de.amtsportal;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled jobs hold a database lock, so N instances behind a load balancer run each job once.
 * The one platform-wide job: redeliver domain events whose listener failed (a mail server that was down,
 * a specialist procedure that timed out) — the event publication registry is the outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class Scheduling {

	private static final Duration REDELIVERY_AFTER = Duration.ofMinutes(5);

	private final IncompleteEventPublications incomplete;

	Scheduling(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Scheduled(fixedDelayString = "${amtsportal.event-redelivery-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "event-redelivery")
	void redeliverFailedEvents() {
		incomplete.resubmitIncompletePublicationsOlderThan(REDELIVERY_AFTER);
	}
}
