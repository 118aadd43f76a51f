package de.amtsportal.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.cases.Cases;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
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
 * Caseworkers handle a report from its case page: release and withdraw photos, write the public description and
 * the public reply that closes it, merge a duplicate; the reporter's "not fixed" reopens it. A caseworker of
 * another unit can do none of it and sees nothing.
 */
@IntegrationTest
class ReportHandlingIntegrationTests {

	static final Locale GERMAN = Locale.GERMAN;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Autowired
	Submissions submissions;

	@Autowired
	Cases cases;

	TestAccounts people;
	OrgUnit unit;
	String code;
	Account caseworker;
	OrgUnit otherUnit;
	Account stranger;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		unit = people.unit("Tiefbauamt");
		code = new ReportFixtures(context).category(unit, "Defekte Straßenbeleuchtung");
		caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
		otherUnit = people.unit("Ordnungsamt");
		stranger = people.caseworker(TestAccounts.unique("fremd"), otherUnit.id());
	}

	@Test
	void aPhotoIsPublicOnlyWhileReleasedAndTheDescriptionIsStaffs() throws Exception {
		FiledReport filed = file("52.520000", "13.405000", "erika@teststadt.example");
		UUID caseId = caseOf(filed);
		UUID photo = jdbc.queryForObject("select id from report_photo where report_id = ?", UUID.class, filed.reportId());
		mvc.perform(get("/amt/vorgaenge/" + caseId).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Foto freigeben"), containsString("Nicht öffentlich"),
					containsString("Breite 52.520000, Länge 13.405000"), containsString("Öffentliche Antwort und abschließen"))));
		assertThat(publicReport(filed).photos()).isEmpty();
		String publicPhoto = "/meldungen/" + filed.reference() + "/fotos/" + photo;
		mvc.perform(get(publicPhoto)).andExpect(status().isNotFound());

		mvc.perform(post("/amt/meldungen/" + filed.reportId() + "/fotos/" + photo + "/freigeben").with(csrf()).with(people.signedIn(caseworker)))
			.andExpect(redirectedUrl("/amt/vorgaenge/" + caseId + "#meldung"));
		assertThat(publicReport(filed).photos()).extracting(PublicPhoto::id).containsExactly(photo);
		mvc.perform(get(publicPhoto)).andExpect(status().isOk());
		mvc.perform(get("/meldungen/" + filed.reference())).andExpect(content().string(containsString(publicPhoto)));
		mvc.perform(get("/amt/vorgaenge/" + caseId).with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(containsString("Freigabe zurücknehmen"), containsString("Freigegeben: auf der öffentlichen Seite sichtbar"))));

		mvc.perform(post("/amt/meldungen/" + filed.reportId() + "/fotos/" + photo + "/zuruecknehmen").with(csrf()).with(people.signedIn(caseworker)))
			.andExpect(redirectedUrl("/amt/vorgaenge/" + caseId + "#meldung"));
		assertThat(publicReport(filed).photos()).isEmpty();
		mvc.perform(get(publicPhoto)).andExpect(status().isNotFound());

		mvc.perform(post("/amt/meldungen/" + filed.reportId() + "/beschreibung").param("beschreibung", "Leuchte am Mast 12 ist dunkel.")
			.with(csrf()).with(people.signedIn(caseworker))).andExpect(redirectedUrl("/amt/vorgaenge/" + caseId + "#meldung"));
		assertThat(publicReport(filed).publicDescription()).isEqualTo("Leuchte am Mast 12 ist dunkel.");
		assertThat(audited(filed, "reports.photo-released") + audited(filed, "reports.photo-withdrawn") + audited(filed, "reports.description-set"))
			.isEqualTo(3);
	}

	@Test
	void aCaseworkerOfAnotherUnitCanNeitherSeeNorChangeTheReport() throws Exception {
		FiledReport filed = file("52.520000", "13.405000", "erika@teststadt.example");
		FiledReport other = file("52.520100", "13.405100", "otto@teststadt.example");
		UUID caseId = caseOf(filed);
		caseOf(other);
		UUID photo = jdbc.queryForObject("select id from report_photo where report_id = ?", UUID.class, filed.reportId());
		String base = "/amt/meldungen/" + filed.reportId();

		mvc.perform(get("/amt/vorgaenge/" + caseId).with(people.signedIn(stranger))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/fotos/" + photo + "/freigeben").with(csrf()).with(people.signedIn(stranger))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/beschreibung").param("beschreibung", "x").with(csrf()).with(people.signedIn(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/antwort").param("antwort", "Erledigt.").param("ergebnis", "erledigt").with(csrf())
			.with(people.signedIn(stranger))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/dublette").param("ziel", other.reference()).with(csrf()).with(people.signedIn(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/amt/meldungen").with(people.signedIn(stranger))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(filed.reference()))));

		PublicReport unchanged = publicReport(filed);
		assertThat(unchanged.photos()).isEmpty();
		assertThat(unchanged.publicDescription()).isNull();
		assertThat(unchanged.phase()).isEqualTo(ReportPhase.RECEIVED);
		assertThat(unchanged.mergedIntoReference()).isNull();
	}

	@Test
	void thePublicReplyClosesTheReportAndTheReportersNotFixedReopensIt() throws Exception {
		FiledReport filed = file("52.520000", "13.405000", "erika@teststadt.example");
		UUID caseId = caseOf(filed);
		UUID submission = submissionOf(filed);

		mvc.perform(post("/amt/meldungen/" + filed.reportId() + "/antwort").param("antwort", " ").param("ergebnis", "erledigt")
			.with(csrf()).with(people.signedIn(caseworker))).andExpect(redirectedUrl("/amt/vorgaenge/" + caseId + "#meldung"));
		assertThat(publicReport(filed).phase()).isEqualTo(ReportPhase.RECEIVED);

		mvc.perform(post("/amt/meldungen/" + filed.reportId() + "/antwort").param("antwort", "Die Leuchte wurde ersetzt.")
			.param("ergebnis", "erledigt").with(csrf()).with(people.signedIn(caseworker)))
			.andExpect(redirectedUrl("/amt/vorgaenge/" + caseId + "#meldung"));
		Applying.awaitEventsHandled(jdbc, submission);
		PublicReport done = publicReport(filed);
		assertThat(done.phase()).isEqualTo(ReportPhase.DONE);
		assertThat(done.status()).isEqualTo(PublicStatus.CLOSED);
		assertThat(done.updates()).extracting(PublicUpdate::text).contains("Die Leuchte wurde ersetzt.");
		mvc.perform(get("/meldungen/" + filed.reference())).andExpect(content().string(allOf(containsString("Die Leuchte wurde ersetzt."),
				containsString("Erledigt"))));
		assertThat(caseStatus(caseId)).isEqualTo("CLOSED");
		assertThat(submissions.find(submission).orElseThrow().status()).isEqualTo(ApplicationStatus.CLOSED);

		// the reporter opens the report from the mail's link and answers the question after the closing
		MockHttpSession reporter = new MockHttpSession();
		String link = submissions.applicantLink(submission);
		mvc.perform(get(link.substring(link.indexOf("/antraege/"))).session(reporter));
		mvc.perform(get("/postfach/antrag/" + submission).session(reporter)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nicht behoben")));
		mvc.perform(post("/bewertung/antrag/" + submission).session(reporter).with(csrf()).param("moment", "AFTER_DECISION")
			.param("score", "1").param("notFixed", "true")).andExpect(redirectedUrl("/postfach/antrag/" + submission + "?bewertet#bewertung"));

		await().atMost(Duration.ofSeconds(15)).until(() -> "IN_PROGRESS".equals(caseStatus(caseId)));
		Applying.awaitEventsHandled(jdbc, submission);
		PublicReport reopened = publicReport(filed);
		assertThat(reopened.phase()).isEqualTo(ReportPhase.IN_PROGRESS);
		assertThat(reopened.status()).isEqualTo(PublicStatus.OPEN);
		assertThat(submissions.find(submission).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
		assertThat(submissions.timeline(submission)).extracting(s -> s.status()).endsWith(ApplicationStatus.CLOSED, ApplicationStatus.IN_PROGRESS);
		assertThat(jdbc.queryForObject("select count(*) from case_history where case_id = ? and action = 'reopened'", Integer.class, caseId))
			.isEqualTo(1);
		assertThat(Applying.mailsQueued(jdbc, "erika@teststadt.example", "")).as("told of closing and reopening").isGreaterThanOrEqualTo(2);
		mvc.perform(get("/amt/vorgaenge/" + caseId).with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(containsString("Wieder aufgenommen"), containsString("Öffentliche Antwort und abschließen"))));
	}

	@Test
	void aReopenedReportAsksItsReporterAgainAfterTheNextClosing() throws Exception {
		FiledReport filed = file("52.520000", "13.405000", "erika@teststadt.example");
		UUID caseId = caseOf(filed);
		UUID submission = submissionOf(filed);
		close(filed, caseId, "Die Leuchte wurde ersetzt.");
		MockHttpSession reporter = new MockHttpSession();
		String link = submissions.applicantLink(submission);
		mvc.perform(get(link.substring(link.indexOf("/antraege/"))).session(reporter));
		mvc.perform(post("/bewertung/antrag/" + submission).session(reporter).with(csrf()).param("moment", "AFTER_DECISION")
			.param("score", "1").param("notFixed", "true"));
		await().atMost(Duration.ofSeconds(15)).until(() -> "IN_PROGRESS".equals(caseStatus(caseId)));
		Applying.awaitEventsHandled(jdbc, submission);
		mvc.perform(get("/postfach/antrag/" + submission).session(reporter))
			.andExpect(content().string(not(containsString("bewertung-nicht-behoben"))));

		close(filed, caseId, "Die Leuchte wurde noch einmal ersetzt.");
		mvc.perform(get("/postfach/antrag/" + submission).session(reporter)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Wie zufrieden sind Sie mit der Bearbeitung Ihrer Meldung?"), containsString("bewertung-nicht-behoben"),
					not(containsString("Vielen Dank für Ihre Bewertung.")))));
		mvc.perform(post("/bewertung/antrag/" + submission).session(reporter).with(csrf()).param("moment", "AFTER_DECISION")
			.param("score", "4")).andExpect(redirectedUrl("/postfach/antrag/" + submission + "?bewertet#bewertung"));
		mvc.perform(get("/postfach/antrag/" + submission).session(reporter))
			.andExpect(content().string(containsString("Vielen Dank für Ihre Bewertung.")));
		assertThat(submissions.hasRated(submission, true)).isTrue();
	}

	@Test
	void aReportHandedOverToAnotherUnitMovesToThatUnitsList() throws Exception {
		FiledReport filed = file("52.520000", "13.405000", "erika@teststadt.example");
		UUID caseId = caseOf(filed);
		mvc.perform(post("/amt/vorgaenge/" + caseId + "/abgeben").param("unit", otherUnit.id().toString())
			.param("reason", "Zuständig ist das Ordnungsamt.").with(csrf()).with(people.signedIn(caseworker)))
			.andExpect(redirectedUrl("/amt/vorgaenge"));
		Applying.awaitEventsHandled(jdbc, submissionOf(filed));

		mvc.perform(get("/amt/meldungen").with(people.signedIn(stranger))).andExpect(status().isOk())
			.andExpect(content().string(containsString(filed.reference())));
		mvc.perform(get("/amt/meldungen").with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(filed.reference()))));
		mvc.perform(get("/amt/meldungen/" + filed.reportId()).with(people.signedIn(stranger))).andExpect(redirectedUrl("/amt/vorgaenge/" + caseId));
		mvc.perform(get("/amt/meldungen/" + filed.reportId()).with(people.signedIn(caseworker))).andExpect(status().isNotFound());
		assertThat(publicReport(filed).responsibleUnit()).isEqualTo(otherUnit.id());
	}

	@Test
	void theUnitsListShowsItsOpenReportsAndLeadsToTheirCases() throws Exception {
		FiledReport filed = file("52.520000", "13.405000", "erika@teststadt.example");
		UUID caseId = caseOf(filed);
		mvc.perform(get("/amt/meldungen").with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(filed.reference()), containsString("data-report-map=\"list\""))));
		mvc.perform(get("/amt/meldungen").param("stand", "DONE").with(people.signedIn(caseworker)))
			.andExpect(content().string(not(containsString(filed.reference()))));
		mvc.perform(get("/amt/meldungen").param("bereich", "52.6,13.5,52.7,13.6").with(people.signedIn(caseworker)))
			.andExpect(content().string(not(containsString(filed.reference()))));
		mvc.perform(get("/amt/meldungen/" + filed.reportId()).with(people.signedIn(caseworker))).andExpect(redirectedUrl("/amt/vorgaenge/" + caseId));
		mvc.perform(get("/amt/meldungen/" + filed.reportId()).with(people.signedIn(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheCaseOfAReportCanBeReopened() throws Exception {
		String slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID application = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		Applying.awaitEventsHandled(jdbc, application);
		assertThatThrownBy(() -> cases.reopenReport(application, "x")).isInstanceOf(IllegalStateException.class);
		FiledReport open = file("52.52", "13.40", "erika@teststadt.example");
		caseOf(open);
		assertThatThrownBy(() -> cases.reopenReport(submissionOf(open), "x")).as("still open").isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aDuplicateIsMergedIntoANearbyReportAndItsReporterFollowsThatOne() throws Exception {
		FiledReport first = file("52.520000", "13.405000", "erika@teststadt.example");
		FiledReport duplicate = file("52.520300", "13.405200", "otto@teststadt.example");
		FiledReport farAway = file("52.600000", "13.500000", "paula@teststadt.example");
		caseOf(first);
		caseOf(farAway);
		UUID duplicateCase = caseOf(duplicate);

		mvc.perform(get("/amt/vorgaenge/" + duplicateCase).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Als Dublette zusammenführen"), containsString(first.reference()),
					not(containsString(farAway.reference())))));
		mvc.perform(post("/amt/meldungen/" + duplicate.reportId() + "/dublette").param("ziel", farAway.reference()).with(csrf())
			.with(people.signedIn(caseworker))).andExpect(redirectedUrl("/amt/vorgaenge/" + duplicateCase + "#meldung"));
		assertThat(publicReport(duplicate).mergedIntoReference()).as("only what was offered").isNull();

		mvc.perform(post("/amt/meldungen/" + duplicate.reportId() + "/dublette").param("ziel", first.reference()).with(csrf())
			.with(people.signedIn(caseworker))).andExpect(redirectedUrl("/amt/vorgaenge/" + duplicateCase + "#meldung"));
		Applying.awaitEventsHandled(jdbc, submissionOf(duplicate));
		PublicReport merged = publicReport(duplicate);
		assertThat(merged.phase()).isEqualTo(ReportPhase.DUPLICATE);
		assertThat(merged.status()).isEqualTo(PublicStatus.CLOSED);
		assertThat(merged.mergedIntoReference()).isEqualTo(first.reference());
		assertThat(caseStatus(duplicateCase)).isEqualTo("CLOSED");
		mvc.perform(get("/meldungen/" + duplicate.reference())).andExpect(content().string(allOf(containsString("Dieser Mangel wurde schon gemeldet"),
				containsString("/meldungen/" + first.reference()))));
		assertThat(jdbc.queryForObject("select count(*) from case_history where case_id = ? and action = 'finished' and detail like ?",
				Integer.class, duplicateCase, "%" + first.reference() + "%")).isEqualTo(1);

		// the target's progress reaches the duplicate's reporter
		mvc.perform(post("/amt/meldungen/" + first.reportId() + "/antwort").param("antwort", "Die Leuchte wurde ersetzt.")
			.param("ergebnis", "erledigt").with(csrf()).with(people.signedIn(caseworker)));
		Applying.awaitEventsHandled(jdbc, submissionOf(first));
		await().atMost(Duration.ofSeconds(15)).until(() -> Applying.mailsQueued(jdbc, "otto@teststadt.example",
				"Neuigkeiten zu Ihrer Meldung " + duplicate.reference()) == 1);
	}

	private void close(FiledReport filed, UUID caseId, String reply) throws Exception {
		mvc.perform(post("/amt/meldungen/" + filed.reportId() + "/antwort").param("antwort", reply).param("ergebnis", "erledigt")
			.with(csrf()).with(people.signedIn(caseworker))).andExpect(redirectedUrl("/amt/vorgaenge/" + caseId + "#meldung"));
		Applying.awaitEventsHandled(jdbc, submissionOf(filed));
		assertThat(caseStatus(caseId)).isEqualTo("CLOSED");
	}

	private FiledReport file(String lat, String lon, String email) {
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "");
		return reports.file(new NewReport(code, new ReportPosition(new BigDecimal(lat), new BigDecimal(lon)), "Hauptstraße 5, Musterstadt",
				"Leuchte ist aus.", email, "Erika", "Mustermann", Map.of(), List.of(new PhotoUpload("IMG_0001.jpg", photo)), null, GERMAN));
	}

	private UUID submissionOf(FiledReport filed) {
		return jdbc.queryForObject("select submission_id from report where id = ?", UUID.class, filed.reportId());
	}

	private UUID caseOf(FiledReport filed) {
		UUID submission = submissionOf(filed);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from cases where submission_id = ?", Integer.class, submission) == 1);
		Applying.awaitEventsHandled(jdbc, submission);
		return jdbc.queryForObject("select id from cases where submission_id = ?", UUID.class, submission);
	}

	private String caseStatus(UUID caseId) {
		return jdbc.queryForObject("select status from cases where id = ?", String.class, caseId);
	}

	private PublicReport publicReport(FiledReport filed) {
		return reports.find(filed.reference(), GERMAN).orElseThrow();
	}

	private int audited(FiledReport filed, String action) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?", Integer.class, action,
				filed.reportId().toString());
	}
}
