package de.amtsportal.delivery.channels.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.amtsportal.delivery.spi.DeliveryChannel;
import de.amtsportal.delivery.spi.Outcome;
import de.amtsportal.delivery.spi.Parcel;
import de.amtsportal.delivery.spi.ParcelJson;

/**
 * POSTs the application as JSON to the receiver's address, signed as Standard Webhooks define it, with the
 * idempotency key as {@code webhook-id} and {@code Idempotency-Key}. Files travel as signed download links
 * that expire. The receiver's 2xx means delivered; 408, 429, 5xx, timeouts and broken connections are tried
 * again; any other answer (4xx, a redirect, which is never followed) is a refusal an operator must look at.
 */
@Component
class WebhookChannel implements DeliveryChannel {

	static final String TYPE = "webhook";

	private final HttpClient http;
	private final AllowedHosts allowedHosts;
	private final Duration requestTimeout;
	private final Clock clock;

	WebhookChannel(@Value("${amtsportal.delivery.allowed-hosts:}") List<String> allowedHosts,
			@Value("${amtsportal.delivery.webhook.connect-timeout:PT5S}") Duration connectTimeout,
			@Value("${amtsportal.delivery.webhook.request-timeout:PT20S}") Duration requestTimeout, Clock clock) {
		this.allowedHosts = new AllowedHosts(allowedHosts);
		this.requestTimeout = requestTimeout;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Optional<String> refusal(String target) {
		return allowedHosts.refusal(target);
	}

	@Override
	public boolean signs() {
		return true;
	}

	@Override
	public Outcome deliver(Parcel parcel) {
		// checked again at every attempt: the allow-list may have shrunk since the channel was saved
		Optional<String> refused = allowedHosts.refusal(parcel.destination().target());
		if (refused.isPresent()) {
			return Outcome.refused("Address not allowed (amtsportal.delivery.allowed-hosts)");
		}
		String secret = parcel.destination().secret();
		if (secret == null) {
			return Outcome.refused("No signing secret configured");
		}
		byte[] body = ParcelJson.write(parcel, file -> Map.of("url", file.link().toString(), "urlExpiresAt",
				file.linkExpiresAt().toString()));
		long timestamp = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(parcel.destination().target().trim()))
			.timeout(requestTimeout)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", parcel.idempotencyKey())
			.header("webhook-id", parcel.idempotencyKey())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSignature.sign(secret, parcel.idempotencyKey(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			return outcome(response.statusCode());
		}
		catch (HttpTimeoutException e) {
			return Outcome.retry("Timeout after " + requestTimeout.toSeconds() + " s");
		}
		catch (IOException e) {
			return Outcome.retry("Connection failed: " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Outcome.retry("Interrupted");
		}
	}

	static Outcome outcome(int status) {
		if (status >= 200 && status < 300) {
			return Outcome.delivered();
		}
		if (status == 408 || status == 429 || status >= 500) {
			return Outcome.retry("HTTP " + status);
		}
		if (status >= 300 && status < 400) {
			return Outcome.refused("HTTP " + status + " (redirects are not followed)");
		}
		return Outcome.refused("HTTP " + status);
	}
}
