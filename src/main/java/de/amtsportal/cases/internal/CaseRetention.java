package de.amtsportal.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.amtsportal.audit.AuditTrail;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Erases closed cases whose service's retention period has passed since closing, unless a legal hold keeps them.
 * Each case goes in a transaction of its own (one that fails does not hold back the others); runs on one instance
 * at a time.
 */
@Component
public class CaseRetention {

	private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);
	private static final int BATCH = 500;

	private final CaseRepository cases;
	private final RetentionPeriods periods;
	private final CaseErasure erasure;
	private final Clock clock;

	CaseRetention(CaseRepository cases, RetentionPeriods periods, CaseErasure erasure, Clock clock) {
		this.cases = cases;
		this.periods = periods;
		this.erasure = erasure;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${amtsportal.cases.job-interval}", initialDelayString = "PT3M")
	@SchedulerLock(name = "case-retention")
	public void scheduled() {
		run();
	}

	/** Erases what is due; returns how many cases. The scheduled run holds the lock; this method itself does not. */
	public int run() {
		ZonedDateTime now = clock.instant().atZone(AuditTrail.TIME_ZONE);
		Map<UUID, Period> settings = periods.settings();
		int erased = 0;
		for (Map.Entry<UUID, Period> setting : settings.entrySet()) {
			Instant cutoff = now.minus(setting.getValue()).toInstant();
			erased += erase(cases.closedBefore(setting.getKey(), cutoff, Limit.of(BATCH)), cutoff, setting.getValue());
		}
		Period standard = periods.defaultPeriod();
		Instant cutoff = now.minus(standard).toInstant();
		Collection<UUID> own = settings.isEmpty() ? List.of(new UUID(0, 0)) : settings.keySet();
		erased += erase(cases.closedBeforeExcept(own, cutoff, Limit.of(BATCH)), cutoff, standard);
		if (erased > 0) {
			log.info("Erased {} closed cases after their retention period", erased);
		}
		return erased;
	}

	private int erase(List<UUID> due, Instant cutoff, Period period) {
		int erased = 0;
		for (UUID id : due) {
			try {
				if (erasure.erase(id, cutoff, "retention period " + period + " after closing")) {
					erased++;
				}
			}
			catch (RuntimeException failed) {
				log.error("Case {} could not be erased; the next run tries again", id, failed);
			}
		}
		return erased;
	}
}
