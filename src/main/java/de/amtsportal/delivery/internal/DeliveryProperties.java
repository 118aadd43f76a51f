package de.amtsportal.delivery.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amtsportal.delivery.*}: how often and how long to try, how long the download links of files stay
 * valid, and the secret that signs them (the channels read their own settings: allowed hosts, timeouts,
 * file-drop roots).
 */
@ConfigurationProperties("amtsportal.delivery")
public record DeliveryProperties(int maxAttempts, Duration firstRetry, Duration linkValidity, String linkSecret) {

	Backoff backoff() {
		return new Backoff(maxAttempts, firstRetry);
	}
}
