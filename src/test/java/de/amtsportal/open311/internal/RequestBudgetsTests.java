package de.amtsportal.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Each key keeps to its own budget, clients without a key to the one per address; over it they learn how long to wait. */
class RequestBudgetsTests {

	final RequestBudgets budgets = new RequestBudgets(new Open311Properties("musterstadt.example", "Kontakt", "Schlüssel",
			Instant.EPOCH, 120, 3, DataSize.ofMegabytes(1), DataSize.ofMegabytes(12), Duration.ofDays(90), 1000,
			ZoneId.of("Europe/Berlin")));

	@Test
	void aKeyOverItsBudgetWaitsAboutAsLongAsOneRequestTakesToRefill() {
		UUID key = UUID.randomUUID();
		assertThat(budgets.forKey(key, 2)).isZero();
		assertThat(budgets.forKey(key, 2)).isZero();
		Duration wait = budgets.forKey(key, 2);
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(budgets.forKey(UUID.randomUUID(), 2)).as("another key").isZero();
	}

	@Test
	void aNewBudgetForAKeyTakesEffectAtOnce() {
		UUID key = UUID.randomUUID();
		assertThat(budgets.forKey(key, 1)).isZero();
		assertThat(budgets.forKey(key, 1)).isPositive();
		assertThat(budgets.forKey(key, 100)).as("raised by an administrator").isZero();
	}

	@Test
	void clientsWithoutAKeyShareTheBudgetOfTheirAddress() {
		for (int i = 0; i < 3; i++) {
			assertThat(budgets.forAddress("203.0.113.7")).isZero();
		}
		assertThat(budgets.forAddress("203.0.113.7")).isPositive();
		assertThat(budgets.forAddress("203.0.113.8")).isZero();
	}

	@Test
	void onlyTheJurisdictionServedHereIsAccepted() {
		Open311Properties properties = new Open311Properties("musterstadt.example", "", "", Instant.EPOCH, 1, 1, DataSize.ofBytes(1),
				DataSize.ofBytes(1), Duration.ZERO, 1, ZoneId.of("UTC"));
		assertThat(properties.servesJurisdiction(null)).isTrue();
		assertThat(properties.servesJurisdiction("MUSTERSTADT.example")).isTrue();
		assertThat(properties.servesJurisdiction("anderswo.example")).isFalse();
	}
}
