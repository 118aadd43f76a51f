package de.amtsportal.feedback;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The key figures count what applicants did, once each, per service and month — and the open data publish them
 * for completed months without anything that leads to a person.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class KpiIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submissions submissions;

	@Autowired
	Kpis kpis;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	TestAccounts people;
	ApplicationFixtures.Published service;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		service = new ApplicationFixtures(context).service(people.unit("Bürgeramt"), SignIn.OPTIONAL);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void startedSubmittedDecidedAndRatedApplicationsAreCountedOncePerServiceAndMonth() throws Exception {
		YearMonth current = YearMonth.now(BERLIN);
		YearMonth last = current.minusMonths(1);
		// last month: three people start, two submit (anonymously) and rate the online application
		Instant midOfLastMonth = last.atDay(15).atTime(12, 0).atZone(BERLIN).toInstant();
		clock.advance(Duration.between(Instant.now(), midOfLastMonth));
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		UUID decided = Applying.submit(mvc, service.slug(), "erste@example.org", r -> r.session(first));
		UUID open = Applying.submit(mvc, service.slug(), "zweite@example.org", r -> r.session(second));
		mvc.perform(post("/antrag/" + service.slug()).session(new MockHttpSession()).with(csrf())).andExpect(status().is3xxRedirection());
		rate(decided, first, 4);
		rate(open, second, 2);
		// this month: the first is decided
		clock.reset();
		submissions.changeStatus(decided, ApplicationStatus.DECIDED);
		SubmissionView decision = submissions.find(decided).orElseThrow();
		Duration took = Duration.between(decision.submittedAt(), Instant.now());
		awaitFacts(decision.serviceId(), 7);

		// an event delivered again (after a crash) changes nothing
		transactions.executeWithoutResult(tx -> events.publishEvent(new SubmissionReceived(decided, decision.reference(),
				decision.serviceId(), decision.serviceName(), service.formId(), service.versionId(), decision.responsibleUnit(), null,
				null, decision.submittedAt())));
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null", Integer.class) == 0
				&& jdbc.queryForObject("select count(*) from backlog_item where attempts = 0", Integer.class) == 0);
		assertThat(facts(decision.serviceId())).isEqualTo(7);

		List<ServiceMonth> rows = kpis.figures(last, current).stream().filter(r -> r.serviceId().equals(decision.serviceId())).toList();
		assertThat(rows).hasSize(2);
		ServiceMonth lastMonth = rows.get(0);
		assertThat(lastMonth.month()).isEqualTo(last);
		assertThat(lastMonth.started()).isEqualTo(3);
		assertThat(lastMonth.submitted()).isEqualTo(2);
		assertThat(lastMonth.completionRate()).isCloseTo(2.0 / 3, within(0.001));
		assertThat(lastMonth.decided()).isZero();
		assertThat(lastMonth.openCases()).isEqualTo(2);
		assertThat(lastMonth.satisfaction().count()).isEqualTo(2);
		assertThat(lastMonth.satisfaction().average()).isEqualTo(3.0);
		ServiceMonth thisMonth = rows.get(1);
		assertThat(thisMonth.started()).isZero();
		assertThat(thisMonth.decided()).isEqualTo(1);
		assertThat(thisMonth.medianTimeToDecision()).isCloseTo(took, Duration.ofMinutes(5));
		assertThat(thisMonth.p90TimeToDecision()).isEqualTo(thisMonth.medianTimeToDecision());
		assertThat(thisMonth.openCases()).isEqualTo(1);

		// the facts keep no person: no address, no name, no time finer than the month
		assertThat(jdbc.queryForList("select * from kpi_fact where service_id = ?", decision.serviceId()).toString())
			.doesNotContain("erste@example.org").doesNotContain("Mustermann").doesNotContain(decision.reference());
	}

	@Test
	void staffSeeTheFiguresAsTablesAndChartsInGermanAndEnglishCitizensDoNot() throws Exception {
		MockHttpSession applicant = new MockHttpSession();
		UUID id = Applying.submit(mvc, service.slug(), "dritte@example.org", r -> r.session(applicant));
		UUID serviceId = submissions.find(id).orElseThrow().serviceId();
		awaitFacts(serviceId, 2);
		Account clerk = people.caseworker(TestAccounts.unique("sachbearbeitung"), people.unit("Bürgeramt").id());
		YearMonth current = YearMonth.now(BERLIN);

		mvc.perform(get("/amt/kennzahlen").param("leistung", serviceId.toString()).param("von", current.minusMonths(2).toString())
			.param("bis", current.toString()).with(people.signedIn(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 class=\"kern-heading-x-large\">Kennzahlen der Online-Dienste</h1>"),
					containsString("Eingereichte Anträge je Monat"), containsString("<svg"), containsString("role=\"img\""),
					containsString("Kennzahlen je Leistung und Monat"), containsString("100\u00a0%"))));
		mvc.perform(get("/amt/kennzahlen").param("von", "kaputt").param("bis", "2999-01").param("leistung", "<script>")
			.header("Accept-Language", "en").with(people.signedIn(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Key figures of the online services"), containsString("Submitted applications per month"))));
		Account citizen = people.citizen(TestAccounts.unique("erika"));
		mvc.perform(get("/amt/kennzahlen").with(people.signedIn(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/amt/kennzahlen")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theOpenDataPublishCompletedMonthsAsCsvJsonAndDcatWithoutPersonalData() throws Exception {
		YearMonth last = YearMonth.now(BERLIN).minusMonths(1);
		clock.advance(Duration.between(Instant.now(), last.atDay(10).atTime(9, 0).atZone(BERLIN).toInstant()));
		MockHttpSession applicant = new MockHttpSession();
		UUID id = Applying.submit(mvc, service.slug(), "vierte@example.org", r -> r.session(applicant));
		rate(id, applicant, 5);
		clock.reset();
		SubmissionView submission = submissions.find(id).orElseThrow();
		awaitFacts(submission.serviceId(), 2);

		String csv = mvc.perform(get("/open-data/kennzahlen.csv")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", List.of("monat", "leistung_id", "leistung",
				"antraege_begonnen", "antraege_eingereicht", "abschlussquote", "entscheidungen", "tage_bis_entscheidung_median",
				"tage_bis_entscheidung_p90", "offene_vorgaenge_monatsende", "bewertungen", "bewertung_mittelwert", "bewertungen_note_1",
				"bewertungen_note_2", "bewertungen_note_3", "bewertungen_note_4", "bewertungen_note_5")));
		assertThat(csv).contains(last + "," + submission.serviceId() + "," + submission.serviceName() + ",1,1,1.0,0,,,1,1,5.0,0,0,0,0,1");
		assertThat(csv).doesNotContain("vierte@example.org").doesNotContain(submission.reference()).doesNotContain(id.toString());

		JsonNode rows = json.readTree(mvc.perform(get("/open-data/kennzahlen.json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		JsonNode row = null;
		for (JsonNode candidate : rows) {
			if (candidate.get("leistung_id").asString().equals(submission.serviceId().toString())
					&& candidate.get("monat").asString().equals(last.toString())) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("antraege_eingereicht").asLong()).isEqualTo(1);
		assertThat(row.get("bewertung_mittelwert").asDouble()).isEqualTo(5.0);
		assertThat(row.get("tage_bis_entscheidung_median").isNull()).isTrue();

		byte[] rdf = mvc.perform(get("/open-data/dcat.rdf")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/rdf+xml;charset=UTF-8")).andReturn().getResponse().getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document dcat = factory.newDocumentBuilder().parse(new ByteArrayInputStream(rdf));
		String dcatNs = "http://www.w3.org/ns/dcat#";
		String dct = "http://purl.org/dc/terms/";
		assertThat(dcat.getElementsByTagNameNS(dcatNs, "Catalog").getLength()).isEqualTo(1);
		// the KPIs with CSV and JSON, and the reports (module reports) with GeoJSON and CSV
		assertThat(dcat.getElementsByTagNameNS(dcatNs, "Dataset").getLength()).isEqualTo(2);
		assertThat(dcat.getElementsByTagNameNS(dcatNs, "Distribution").getLength()).isEqualTo(4);
		assertThat(dcat.getElementsByTagNameNS(dct, "license").getLength()).isEqualTo(4);
		Element license = (Element) dcat.getElementsByTagNameNS(dct, "license").item(0);
		assertThat(license.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "resource"))
			.isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
		assertThat(new String(rdf, StandardCharsets.UTF_8)).contains("/open-data/kennzahlen.csv").contains("/open-data/kennzahlen.json")
			.contains("Stadt Musterstadt");

		mvc.perform(get("/open-data")).andExpect(status().isOk()).andExpect(content().string(allOf(
				containsString("Offene Daten"), containsString("href=\"/open-data/kennzahlen.csv\""),
				containsString("Datenlizenz Deutschland – Namensnennung – Version 2.0"), containsString("tage_bis_entscheidung_median"))));
	}

	private void rate(UUID submission, MockHttpSession session, int score) throws Exception {
		mvc.perform(post("/bewertung/antrag/" + submission).session(session).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("score", String.valueOf(score))).andExpect(status().is3xxRedirection());
	}

	private void awaitFacts(UUID serviceId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> facts(serviceId) >= count);
	}

	private int facts(UUID serviceId) {
		return jdbc.queryForObject("select count(*) from kpi_fact where service_id = ?", Integer.class, serviceId);
	}

}
