package de.amtsportal.identity.internal;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Counts failed sign-ins per client address in the database, so the limit holds across all instances.
 * Per-account limits live on the account itself ({@link Account#signInFailed}).
 */
@Component
class SignInThrottle {

	private final SignInFailures failures;
	private final IdentityProperties properties;
	private final Clock clock;

	SignInThrottle(SignInFailures failures, IdentityProperties properties, Clock clock) {
		this.failures = failures;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean addressBlocked(String address) {
		return failures.countByClientAddressAndOccurredAtAfter(address,
				clock.instant().minus(properties.signIn().addressWindow())) >= properties.signIn().maxFailuresPerAddress();
	}

	/** Runs in its own transaction: the failed attempt is counted even though the sign-in itself fails. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String address) {
		failures.save(new SignInFailure(address, clock.instant()));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "sign-in-failures-cleanup")
	@Transactional
	void forgetOldFailures() {
		failures.deleteOlderThan(clock.instant().minus(properties.signIn().addressWindow().multipliedBy(2)));
	}
}
