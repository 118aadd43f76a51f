package de.amtsportal.delivery;

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

import de.amtsportal.access.Role;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.delivery.internal.DeliveryWorker;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator page lists what has not arrived with its error and attempts and tries failed deliveries again;
 * the channel page checks every field. Both in German and English, both only for who holds the permission.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class DeliveryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	Deliveries deliveries;

	TestAccounts people;
	String slug;
	Account administrator;
	RequestPostProcessor admin;
	RequestPostProcessor operator;
	RequestPostProcessor caseworker;
	WebhookReceiver receiver;

	@BeforeEach
	void setUp() throws Exception {
		people = new TestAccounts(context);
		var unit = people.unit("Bauamt");
		slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		administrator = people.administrator(TestAccounts.unique("admin"));
		admin = people.signedIn(administrator);
		operator = people.signedIn(people.create(TestAccounts.unique("betrieb"), Membership.global(Role.OPERATOR)));
		caseworker = people.signedIn(people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id()));
		receiver = new WebhookReceiver();
	}

	@AfterEach
	void tearDown() {
		receiver.close();
		DeliveryFixtures.forgetDeliveries(jdbc);
	}

	@Test
	void aRefusedDeliveryShowsItsErrorToOperatorsWhoTryItAgainAndTheCaseSeesItDelivered() throws Exception {
		String secret = DeliveryFixtures.channel(mvc, admin, slug, "webhook", "Bauakte", receiver.url());
		receiver.secret(secret);
		Account citizen = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, citizen.email(), r -> r.with(people.signedIn(citizen)));
		Applying.awaitEventsHandled(jdbc, id);
		String reference = jdbc.queryForObject("select reference from delivery where submission_id = ?", String.class, id);
		UUID deliveryId = jdbc.queryForObject("select id from delivery where submission_id = ?", UUID.class, id);

		// pending: listed with its next attempt, no button yet
		mvc.perform(get("/amt/zustellung").with(operator)).andExpect(status().isOk()).andExpect(content().string(allOf(
				containsString("Zustellung an Fachverfahren"), containsString(reference), containsString("wird versucht"),
				not(containsString("/amt/zustellung/" + deliveryId + "/erneut")),
				not(containsString("href=\"/amt/zustellung/kanaele\"")))));

		receiver.behave(WebhookReceiver.Behaviour.REFUSE);
		assertThat(worker.deliverDue()).isOne();
		assertThat(deliveries.forSubmission(id)).singleElement().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
			assertThat(d.attempts()).isOne();
			assertThat(d.lastError()).isEqualTo("HTTP 400");
		});
		mvc.perform(get("/amt/zustellung").with(operator)).andExpect(content().string(allOf(containsString("fehlgeschlagen"),
				containsString("<code>HTTP 400</code>"), containsString("keiner (wartet auf Sie)"),
				containsString("action=\"/amt/zustellung/" + deliveryId + "/erneut\""),
				containsString("<span class=\"kern-sr-only\">: " + reference + " an Bauakte</span>"))));
		mvc.perform(get("/amt/zustellung").param("lang", "en").with(operator)).andExpect(content().string(allOf(
				containsString("Delivery to specialist procedures"), containsString("failed"), containsString("Try again"),
				containsString("none (waiting for you)"))));

		// a caseworker without the permission may neither see nor retry
		mvc.perform(get("/amt/zustellung").with(caseworker)).andExpect(status().isForbidden());
		mvc.perform(post("/amt/zustellung/" + deliveryId + "/erneut").with(caseworker).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(deliveries.forSubmission(id).get(0).state()).isEqualTo(DeliveryState.FAILED);

		receiver.behave(WebhookReceiver.Behaviour.WORK);
		mvc.perform(post("/amt/zustellung/" + deliveryId + "/erneut").with(operator).with(csrf()))
			.andExpect(redirectedUrl("/amt/zustellung?erneut"));
		mvc.perform(get("/amt/zustellung?erneut").with(operator))
			.andExpect(content().string(containsString("Die Zustellung wird erneut versucht.")));
		// a second click finds nothing failed any more
		mvc.perform(post("/amt/zustellung/" + deliveryId + "/erneut").with(operator).with(csrf()))
			.andExpect(redirectedUrl("/amt/zustellung?unveraendert"));
		assertThat(worker.deliverDue()).isOne();
		assertThat(deliveries.forSubmission(id)).singleElement().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
			assertThat(d.channelName()).isEqualTo("Bauakte");
			assertThat(d.channelType()).isEqualTo("webhook");
		});
		mvc.perform(get("/amt/zustellung").with(operator)).andExpect(content().string(not(containsString(reference))));
		assertThat(receiver.stored()).containsOnlyKeys(id + "." + jdbc.queryForObject(
				"select channel_id from delivery where id = ?", UUID.class, deliveryId));
		assertThat(jdbc.queryForList("select action, subject from audit_entry where action = 'delivery.retried'"))
			.extracting(r -> r.get("subject")).containsExactly(deliveryId.toString());
	}

	@Test
	void anAdministratorMakesAStaffMemberAnOperatorWhoThenSeesTheDeliveries() throws Exception {
		Account staff = people.caseworker(TestAccounts.unique("it-betrieb"), people.unit("IT").id());
		mvc.perform(get("/amt/zustellung").with(people.signedIn(staff))).andExpect(status().isForbidden());
		mvc.perform(get("/amt/admin/mitarbeitende/" + staff.id()).with(admin))
			.andExpect(content().string(containsString("<label class=\"kern-label\" for=\"operator\">Betrieb (Zustellung)</label>")));
		mvc.perform(post("/amt/admin/mitarbeitende/" + staff.id() + "/rollen").with(csrf()).with(admin).param("operator", "true"));
		assertThat(people.reload(staff).roles()).containsExactly(Role.OPERATOR);
		mvc.perform(get("/amt/zustellung").with(people.signedIn(people.reload(staff)))).andExpect(status().isOk());
		mvc.perform(get("/amt/admin/mitarbeitende/" + staff.id()).param("lang", "en").with(admin))
			.andExpect(content().string(containsString("Operations (delivery)")));
	}

	@Test
	void administratorsSetUpChannelsFieldByFieldAndSeeTheSecretOnlyOnce() throws Exception {
		mvc.perform(get("/amt/zustellung/kanaele").with(operator)).andExpect(status().isForbidden());
		mvc.perform(get("/amt/zustellung/kanaele").with(caseworker)).andExpect(status().isForbidden());
		mvc.perform(post("/amt/zustellung/kanaele").with(operator).with(csrf()).param("service", slug).param("type", "mail")
			.param("name", "x").param("target", "a@b.example")).andExpect(status().isForbidden());
		mvc.perform(get("/amt").with(operator)).andExpect(content().string(containsString("href=\"/amt/zustellung\"")));
		mvc.perform(get("/amt").with(caseworker)).andExpect(content().string(not(containsString("href=\"/amt/zustellung\""))));

		mvc.perform(post("/amt/zustellung/kanaele").with(admin).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte prüfen Sie Ihre Angaben"),
					containsString("Bitte wählen Sie die Art des Kanals."), containsString("Bitte geben Sie einen Namen ein."),
					containsString("Bitte geben Sie das Ziel ein."), containsString("href=\"#service\""))));
		mvc.perform(post("/amt/zustellung/kanaele").param("lang", "en").with(admin).with(csrf()).param("service", "gibt-es-nicht")
			.param("type", "mail").param("name", "Post").param("target", "a@b.example"))
			.andExpect(content().string(allOf(containsString("There is no published service with this short name."),
					containsString("aria-describedby=\"service-hint service-error\""), containsString("value=\"Post\""))));
		mvc.perform(post("/amt/zustellung/kanaele").with(admin).with(csrf()).param("service", slug).param("type", "fax")
			.param("name", "Fax").param("target", "0301234")).andExpect(content().string(containsString("Bitte wählen Sie die Art des Kanals.")));
		assertThat(jdbc.queryForObject("select count(*) from delivery_channel where service_slug = ?", Integer.class, slug)).isZero();

		String secret = DeliveryFixtures.channel(mvc, admin, slug, "webhook", "Bauakte", receiver.url());
		assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
		String list = mvc.perform(get("/amt/zustellung/kanaele").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Bauakte", receiver.url(), "aktiv").doesNotContain(secret).doesNotContain("whsec_");
		mvc.perform(get("/amt/zustellung/kanaele").param("lang", "en").with(admin))
			.andExpect(content().string(allOf(containsString("Delivery channels"), containsString("Webhook (signed)"),
					containsString("Switch off"))));
		UUID channelId = jdbc.queryForObject("select id from delivery_channel where service_slug = ?", UUID.class, slug);

		// switched off: applications received meanwhile are not delivered there
		mvc.perform(post("/amt/zustellung/kanaele/" + channelId + "/aktiv").with(admin).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/amt/zustellung/kanaele"));
		Account citizen = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, citizen.email(), r -> r.with(people.signedIn(citizen)));
		Applying.awaitEventsHandled(jdbc, id);
		assertThat(deliveries.forSubmission(id)).isEmpty();

		List<Map<String, Object>> audit = jdbc.queryForList(
				"select action, actor from audit_entry where subject = ? order by seq", channelId.toString());
		assertThat(audit).extracting(r -> r.get("action")).containsExactly("delivery-channel.created", "delivery-channel.disabled");
		assertThat(audit).extracting(r -> r.get("actor")).containsOnly(administrator.id().toString());
		assertThat(audit.toString()).doesNotContain(secret);
	}
}
