package de.amtsportal.delivery.channels.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.amtsportal.delivery.spi.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Where webhooks may go, and what the receiver's answer means. */
class WebhookChannelTests {

	private final AllowedHosts hosts = new AllowedHosts(List.of("fachverfahren.musterstadt.de", "*.dms.example.org", "127.0.0.1"));

	@Test
	void onlyListedHostsOverHttpsAndPlainHttpOnlyToTheLoopbackAddress() {
		assertThat(hosts.refusal("https://fachverfahren.musterstadt.de/eingang")).isEmpty();
		assertThat(hosts.refusal("https://FACHVERFAHREN.musterstadt.de:8443/eingang?x=1")).isEmpty();
		assertThat(hosts.refusal("https://archiv.dms.example.org/api")).isEmpty();
		assertThat(hosts.refusal("http://127.0.0.1:9000/eingang")).isEmpty();

		assertThat(hosts.refusal("http://fachverfahren.musterstadt.de/eingang")).contains("delivery.channel.error.https");
		assertThat(hosts.refusal("https://dms.example.org.evil.example/api")).contains("delivery.channel.error.host");
		assertThat(hosts.refusal("https://evildms.example.org/api")).contains("delivery.channel.error.host");
		assertThat(hosts.refusal("https://fachverfahren.musterstadt.de.evil.example/")).contains("delivery.channel.error.host");
		assertThat(hosts.refusal("https://169.254.169.254/latest/meta-data")).contains("delivery.channel.error.host");
		assertThat(hosts.refusal("https://user:pw@fachverfahren.musterstadt.de/")).contains("delivery.channel.error.url");
		assertThat(hosts.refusal("ftp://fachverfahren.musterstadt.de/")).contains("delivery.channel.error.url");
		assertThat(hosts.refusal("fachverfahren.musterstadt.de/eingang")).contains("delivery.channel.error.url");
		assertThat(hosts.refusal("https://fachverfahren.musterstadt.de/ein gang")).contains("delivery.channel.error.url");
		assertThat(new AllowedHosts(List.of()).refusal("https://fachverfahren.musterstadt.de/")).contains("delivery.channel.error.host");
	}

	@Test
	void twoHundredsAreDeliveredServerErrorsAndThrottlingRetriedOtherAnswersRefused() {
		assertThat(WebhookChannel.outcome(200)).isInstanceOf(Outcome.Delivered.class);
		assertThat(WebhookChannel.outcome(204)).isInstanceOf(Outcome.Delivered.class);
		assertThat(WebhookChannel.outcome(500)).isEqualTo(new Outcome.Retry("HTTP 500"));
		assertThat(WebhookChannel.outcome(503)).isEqualTo(new Outcome.Retry("HTTP 503"));
		assertThat(WebhookChannel.outcome(408)).isEqualTo(new Outcome.Retry("HTTP 408"));
		assertThat(WebhookChannel.outcome(429)).isEqualTo(new Outcome.Retry("HTTP 429"));
		assertThat(WebhookChannel.outcome(400)).isEqualTo(new Outcome.Refused("HTTP 400"));
		assertThat(WebhookChannel.outcome(404)).isEqualTo(new Outcome.Refused("HTTP 404"));
		assertThat(WebhookChannel.outcome(302)).isEqualTo(new Outcome.Refused("HTTP 302 (redirects are not followed)"));
	}

	@Test
	void secretsAreFreshAndTheSignatureCoversIdTimestampAndBody() {
		String secret = WebhookSignature.newSecret();
		assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=").isNotEqualTo(WebhookSignature.newSecret());
		byte[] body = "{\"a\":1}".getBytes();
		String signature = WebhookSignature.sign(secret, "key-1", 1700000000, body);
		assertThat(signature).startsWith("v1,").isEqualTo(WebhookSignature.sign(secret, "key-1", 1700000000, body));
		assertThat(WebhookSignature.sign(secret, "key-2", 1700000000, body)).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign(secret, "key-1", 1700000001, body)).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign(secret, "key-1", 1700000000, "{\"a\":2}".getBytes())).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign(WebhookSignature.newSecret(), "key-1", 1700000000, body)).isNotEqualTo(signature);
	}

	@Test
	void theSignatureMatchesTheStandardWebhooksExample() {
		// the example of the Standard Webhooks specification (standard-webhooks.md, "Signature scheme")
		String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
		byte[] body = "{\"test\": 2432232314}".getBytes();
		assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}
}
