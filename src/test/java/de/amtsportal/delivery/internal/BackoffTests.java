package de.amtsportal.delivery.internal;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ten attempts over about five hours, each wait doubling, with jitter. */
class BackoffTests {

	private final Backoff backoff = new Backoff(10, Duration.ofSeconds(35));

	@RepeatedTest(20)
	void eachWaitIsAboutDoubleTheOneBeforeWithinTwentyPercent() {
		for (int attempts = 1; attempts < 10; attempts++) {
			long expected = 35_000L << (attempts - 1);
			assertThat(backoff.delayAfter(attempts).toMillis()).isBetween(Math.round(expected * 0.8), Math.round(expected * 1.2));
		}
	}

	@Test
	void theSeriesTakesAboutFiveHoursSoAnHoursOutageLosesNothing() {
		Duration nominal = new Backoff(10, Duration.ofSeconds(35)).longestSeries().dividedBy(12).multipliedBy(10);
		assertThat(nominal).isBetween(Duration.ofHours(4).plusMinutes(50), Duration.ofHours(5).plusMinutes(10));
		assertThat(backoff.longestSeries().multipliedBy(8).dividedBy(12)).isGreaterThan(Duration.ofHours(3));
	}

	@Test
	void nonsenseSettingsAreRefused() {
		assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}
}
