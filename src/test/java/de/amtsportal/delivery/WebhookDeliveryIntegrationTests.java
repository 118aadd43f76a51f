package de.amtsportal.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.delivery.internal.DeliveryWorker;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks to a real local HTTP server that fails, answers too late and recovers: every application arrives
 * exactly once per idempotency key at the receiver, which verifies every signature with the shared secret; the
 * moved clock drives the backoff.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class WebhookDeliveryIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Submissions submissions;

	TestAccounts people;
	String slug;
	RequestPostProcessor admin;
	WebhookReceiver receiver;
	String secret;

	@BeforeEach
	void setUp() throws Exception {
		people = new TestAccounts(context);
		slug = new ApplicationFixtures(context).service(people.unit("Ordnungsamt"), SignIn.OPTIONAL).slug();
		admin = people.signedIn(people.administrator(TestAccounts.unique("admin")));
		receiver = new WebhookReceiver();
		secret = DeliveryFixtures.channel(mvc, admin, slug, "webhook", "Fachverfahren Ordnungswidrigkeiten", receiver.url());
		assertThat(secret).startsWith("whsec_");
		receiver.secret(secret);
	}

	@AfterEach
	void tearDown() {
		receiver.close();
		clock.reset();
		DeliveryFixtures.forgetDeliveries(jdbc);
	}

	@Test
	void aReceiverThatFailsTimesOutAndRecoversGetsEveryApplicationExactlyOncePerKeyWithAVerifiableSignature() throws Exception {
		UUID first = submit("erika");
		UUID second = submit("max");
		List<String> keys = List.of(key(first), key(second));

		receiver.behave(WebhookReceiver.Behaviour.FAIL);
		assertThat(worker.deliverDue()).isEqualTo(2);
		assertThat(deliveries.forSubmission(first)).singleElement().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
			assertThat(d.attempts()).isEqualTo(1);
			assertThat(d.lastError()).isEqualTo("HTTP 500");
			assertThat(d.channelName()).isEqualTo("Fachverfahren Ordnungswidrigkeiten");
		});
		// not due before its backoff has passed
		assertThat(worker.deliverDue()).isZero();

		// the receiver stores the application but answers after the sender gave up: the answer is lost
		receiver.behave(WebhookReceiver.Behaviour.SLOW);
		clock.advance(Duration.ofMinutes(1));
		assertThat(worker.deliverDue()).isEqualTo(2);
		assertThat(deliveries.forSubmission(second)).singleElement().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
			assertThat(d.attempts()).isEqualTo(2);
			assertThat(d.lastError()).isEqualTo("Timeout after 1 s");
		});

		receiver.behave(WebhookReceiver.Behaviour.WORK);
		clock.advance(Duration.ofMinutes(3));
		assertThat(worker.deliverDue()).isEqualTo(2);
		for (UUID id : List.of(first, second)) {
			assertThat(deliveries.forSubmission(id)).singleElement().satisfies(d -> {
				assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
				assertThat(d.attempts()).isEqualTo(3);
				assertThat(d.lastError()).isNull();
				assertThat(d.deliveredAt()).isNotNull();
			});
		}
		clock.advance(Duration.ofHours(6));
		assertThat(worker.deliverDue()).isZero();

		// three requests per application, all with the same key and a valid signature; stored once each
		assertThat(receiver.arrivals()).hasSize(6).allSatisfy(a -> assertThat(a.signatureValid()).isTrue());
		assertThat(receiver.arrivals()).extracting(WebhookReceiver.Arrival::key).containsOnly(keys.toArray(String[]::new));
		assertThat(receiver.stored()).containsOnlyKeys(keys).containsValues(1);
		// a changed body, or another secret, does not verify
		WebhookReceiver.Arrival arrival = receiver.arrivals().get(0);
		String signature = de.amtsportal.delivery.channels.webhook.WebhookSignature.sign(secret, arrival.key(), arrival.timestamp(),
				arrival.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(WebhookReceiver.verify(secret, arrival.key(), arrival.timestamp(), arrival.body().getBytes(), signature)).isTrue();
		assertThat(WebhookReceiver.verify(secret, arrival.key(), arrival.timestamp(), (arrival.body() + " ").getBytes(), signature))
			.isFalse();
		assertThat(WebhookReceiver.verify(secret, arrival.key(), arrival.timestamp() + 1, arrival.body().getBytes(), signature))
			.isFalse();

		// the body: the application, the typed answers, the file with a link the receiver can fetch without a session
		JsonNode body = JSON.readTree(receiver.arrivals().stream().filter(a -> a.key().equals(key(first))).findFirst().orElseThrow()
			.body());
		SubmissionView submission = submissions.find(first).orElseThrow();
		assertThat(body.get("id").asString()).isEqualTo(key(first));
		assertThat(body.get("type").asString()).isEqualTo("application.received.v1");
		assertThat(body.get("application").get("reference").asString()).isEqualTo(submission.reference());
		assertThat(body.get("answers").get("beschreibung").asString()).isEqualTo("Nachts laute Musik.");
		JsonNode file = body.get("files").get(0);
		assertThat(file.get("fileName").asString()).isEqualTo("Lärmprotokoll.pdf");
		String url = file.get("url").asString();
		assertThat(url).startsWith("http://localhost/api/v1/zustellung/dateien/" + first + "/");
		String path = url.substring("http://localhost".length());
		byte[] pdf = mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		// a link bent to the other application, a changed signature, an expired link
		mvc.perform(get(path.replace(first.toString(), second.toString()))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get(path.replaceAll("signature=[^&]+", "signature=AAAA"))).andExpect(status().isForbidden());
		clock.advance(Duration.ofDays(8));
		mvc.perform(get(path)).andExpect(status().isForbidden());
	}

	@Test
	void aReceiverThatStaysDownForAnHourLosesNothingAndOneDownForADayReachesAnOperatorAfterTenAttemptsOverAboutFiveHours()
			throws Exception {
		UUID id = submit("erika");
		receiver.behave(WebhookReceiver.Behaviour.FAIL);
		List<Instant> attempts = new ArrayList<>();
		Instant start = clock.instant();
		while (deliveries.forSubmission(id).get(0).state() == DeliveryState.PENDING) {
			attempts.add(clock.instant());
			assertThat(worker.deliverDue()).isEqualTo(1);
			Instant next = jdbc.queryForObject("select next_attempt_at from delivery where submission_id = ?", Instant.class, id);
			if (Duration.between(start, clock.instant()).compareTo(Duration.ofHours(1)) >= 0 && attempts.size() < 10) {
				assertThat(deliveries.forSubmission(id).get(0).state()).as("still being tried after an hour").isEqualTo(DeliveryState.PENDING);
			}
			clock.advance(Duration.between(clock.instant(), next).plusSeconds(1));
		}
		DeliveryStatus failed = deliveries.forSubmission(id).get(0);
		assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
		assertThat(failed.attempts()).isEqualTo(10);
		assertThat(failed.lastError()).isEqualTo("HTTP 500");
		Duration series = Duration.between(attempts.get(0), attempts.get(attempts.size() - 1));
		assertThat(series).isBetween(Duration.ofHours(3).plusMinutes(50), Duration.ofHours(6));
		// every wait about double the one before (±20 % jitter each)
		for (int i = 2; i < attempts.size(); i++) {
			double ratio = (double) Duration.between(attempts.get(i - 1), attempts.get(i)).toSeconds()
					/ Duration.between(attempts.get(i - 2), attempts.get(i - 1)).toSeconds();
			assertThat(ratio).isBetween(1.3, 3.1);
		}
		assertThat(receiver.stored()).isEmpty();
		assertThat(receiver.arrivals()).hasSize(10);
	}

	@Test
	void deliveriesAreCommittedWithTheSubmissionsEventAndARedeliveredEventCreatesNothingTwice() throws Exception {
		UUID id = submit("erika");
		assertThat(jdbc.queryForObject("select count(*) from delivery where submission_id = ?", Integer.class, id)).isOne();
		SubmissionView submission = submissions.find(id).orElseThrow();
		SubmissionReceived again = new SubmissionReceived(id, submission.reference(), submission.serviceId(),
				submission.serviceName(), UUID.randomUUID(), submission.formVersionId(), submission.responsibleUnit(),
				submission.applicantAccount(), null, submission.submittedAt());
		// as the event publication registry does after a crash: the same event once more, through the outbox
		context.getBean(TransactionTemplate.class).executeWithoutResult(s -> context.publishEvent(again));
		Applying.awaitEventsHandled(jdbc, id);
		assertThat(jdbc.queryForObject("select count(*) from delivery where submission_id = ?", Integer.class, id)).isOne();
		receiver.behave(WebhookReceiver.Behaviour.WORK);
		assertThat(worker.deliverDue()).isOne();
		assertThat(receiver.stored()).containsOnlyKeys(key(id));
	}

	@Test
	void addressesOutsideTheAllowListAndPlainHttpToOtherHostsAreRefusedWhenTheChannelIsSetUp() throws Exception {
		int before = jdbc.queryForObject("select count(*) from delivery_channel", Integer.class);
		mvc.perform(post("/amt/zustellung/kanaele").with(admin).with(csrf()).param("service", slug).param("type", "webhook")
			.param("name", "Fremd").param("target", "https://fachverfahren.example.org/eingang"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Dieser Server ist nicht für Zustellungen freigegeben (Einstellung amtsportal.delivery.allowed-hosts).")));
		mvc.perform(post("/amt/zustellung/kanaele").with(admin).with(csrf()).param("service", slug).param("type", "webhook")
			.param("name", "Umweg").param("target", "http://user@127.0.0.1:1/eingang"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie eine vollständige Adresse ein")));
		mvc.perform(post("/amt/zustellung/kanaele").with(admin).with(csrf()).param("service", slug).param("type", "webhook")
			.param("name", "Datei").param("target", "file:///etc/passwd"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie eine vollständige Adresse ein")));
		assertThat(jdbc.queryForObject("select count(*) from delivery_channel", Integer.class)).isEqualTo(before);
	}

	private UUID submit(String name) throws Exception {
		Account citizen = people.citizen(TestAccounts.unique(name));
		UUID id = DeliveryFixtures.submitWithFile(mvc, slug, citizen.email(), people.signedIn(citizen));
		Applying.awaitEventsHandled(jdbc, id);
		return id;
	}

	private String key(UUID submissionId) {
		return jdbc.queryForObject("select idempotency_key from delivery where submission_id = ?", String.class, submissionId);
	}

}
