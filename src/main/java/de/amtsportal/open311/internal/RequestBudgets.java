package de.amtsportal.open311.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * How many requests a client may make: a token bucket per API key (its own budget per minute) and, looser, per
 * client address for calls without a key. Buckets live in this instance's memory (bounded, forgotten after ten
 * idle minutes); with N instances behind a balancer a client gets at most N times its budget (docs/adr/0018).
 */
@Component
public class RequestBudgets {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final int addressRequestsPerMinute;

	RequestBudgets(Open311Properties properties) {
		this.addressRequestsPerMinute = properties.addressRequestsPerMinute();
	}

	/** Zero when the request may go ahead, else how long to wait before the next one will be taken. */
	public Duration forKey(UUID keyId, int requestsPerMinute) {
		return take("key:" + keyId + ":" + requestsPerMinute, requestsPerMinute);
	}

	public Duration forAddress(String address) {
		return take("address:" + address, addressRequestsPerMinute);
	}

	private Duration take(String client, int perMinute) {
		Bucket bucket = buckets.get(client, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}
}
