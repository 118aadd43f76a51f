package de.amtsportal.delivery.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th failed attempt waits {@code first × 2^(n-1)}, ±20 % at random so
 * that many deliveries to a receiver that comes back do not all arrive in the same second. With the defaults
 * (10 attempts, 35 s) the nine waits add up to about five hours: a receiver that is down for an hour loses
 * nothing, and one that is down for a day reaches an operator.
 */
record Backoff(int maxAttempts, Duration first) {

	private static final double JITTER = 0.2;

	Backoff {
		if (maxAttempts < 1 || first.isNegative() || first.isZero()) {
			throw new IllegalArgumentException("At least one attempt and a positive first delay");
		}
	}

	Duration delayAfter(int attempts) {
		long base = first.toMillis() << Math.min(attempts - 1, 30);
		double factor = 1 + ThreadLocalRandom.current().nextDouble(-JITTER, JITTER);
		return Duration.ofMillis(Math.round(base * factor));
	}

	/** The longest the series can take (every wait at its upper bound). */
	Duration longestSeries() {
		Duration total = Duration.ZERO;
		for (int n = 1; n < maxAttempts; n++) {
			total = total.plusMillis(Math.round((first.toMillis() << (n - 1)) * (1 + JITTER)));
		}
		return total;
	}
}
