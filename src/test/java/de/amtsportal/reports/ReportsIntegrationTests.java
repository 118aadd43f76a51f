package de.amtsportal.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.documents.SampleFiles;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.reports.internal.ReportIntake;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reports as the public sees them: recorded once per submission of a report category (from the journey or filed
 * through the API), nothing personal copied, photos kept back until released, the phase following the case, and
 * the nearby open reports of a category.
 */
@IntegrationTest
class ReportsIntegrationTests {

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
	ReportIntake intake;

	@Autowired
	Submissions submissions;

	OrgUnit unit;
	String code;

	@BeforeEach
	void setUp() {
		unit = new TestAccounts(context).unit("Tiefbauamt");
		code = new ReportFixtures(context).category(unit, "Defekte Straßenbeleuchtung");
	}

	@Test
	void aFiledReportShowsWhatIsPublicAndNothingPersonal() {
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "Erika Mustermann");
		FiledReport filed = reports.file(report(code, "52.520000", "13.405000", "Leuchte 12 ist seit Tagen aus, sagt Erika Mustermann.",
				Map.of("mast_nummer", "M-4711", "art", "dunkel"), List.of(new PhotoUpload("IMG_0001.jpg", photo)), null));

		PublicReport found = reports.find(filed.reference(), GERMAN).orElseThrow();
		assertThat(found.id()).isEqualTo(filed.reportId());
		assertThat(found.categoryCode()).isEqualTo(code);
		assertThat(found.categoryName()).isEqualTo("Defekte Straßenbeleuchtung");
		assertThat(found.position()).isEqualTo(new ReportPosition(new BigDecimal("52.520000"), new BigDecimal("13.405000")));
		assertThat(found.address()).isEqualTo("Hauptstraße 5, Musterstadt");
		assertThat(found.phase()).isEqualTo(ReportPhase.RECEIVED);
		assertThat(found.status()).isEqualTo(PublicStatus.OPEN);
		assertThat(found.responsibleUnit()).isEqualTo(unit.id());
		assertThat(found.publicDescription()).as("the citizen's own text may name people").isNull();
		assertThat(found.photos()).as("photos are public only once released").isEmpty();
		assertThat(found.updates()).extracting(PublicUpdate::phase).containsExactly(ReportPhase.RECEIVED);
		assertThat(jdbc.queryForObject("select count(*) from report_photo where report_id = ? and released = false", Integer.class,
				filed.reportId())).isEqualTo(1);
		assertThat(reports.reportForToken(filed.token())).contains(filed.reportId());
		assertThat(reports.reportForToken("nicht-vorhanden")).isEmpty();

		// the submission holds the reporter: mail, text and photo went through the normal pipeline
		UUID submissionId = jdbc.queryForObject("select submission_id from report where id = ?", UUID.class, filed.reportId());
		assertThat(submissions.find(submissionId).orElseThrow().contactEmail()).isEqualTo("erika@teststadt.example");
		assertThat(submissions.files(submissionId)).hasSize(1);
		String row = jdbc.queryForMap("select * from report where id = ?", filed.reportId()).toString();
		assertThat(row).doesNotContain("erika").doesNotContain("Mustermann").doesNotContain("Leuchte 12");
	}

	@Test
	void theSameIdempotencyKeyFilesOnce() {
		String key = "key-" + UUID.randomUUID();
		FiledReport first = reports.file(report(code, "52.5", "13.4", "Lampe aus.", Map.of(), List.of(), key));
		FiledReport again = reports.file(report(code, "52.5", "13.4", "Lampe aus.", Map.of(), List.of(), key));

		assertThat(again).isEqualTo(first);
		assertThat(jdbc.queryForObject("select count(*) from submission where service_slug = ?", Integer.class, code)).isEqualTo(1);
		assertThat(reports.count(new ReportQuery(Set.of(code), Set.of(), Set.of(), null, null, null, 10, 0))).isEqualTo(1);
	}

	@Test
	void anInvalidReportSaysWhereAndStoresNothing() {
		Integer documentsBefore = jdbc.queryForObject("select count(*) from document", Integer.class);

		assertThatThrownBy(() -> reports.file(report(code, "52.5", "13.4", " ", Map.of("mast_nummer", "x".repeat(21)), List.of(), "k-" + UUID.randomUUID())))
			.isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).extracting(InvalidReport.Problem::field)
				.containsExactly("beschreibung", "mast_nummer"));
		assertThatThrownBy(() -> reports.file(report(code, "95", "13.4", "Lampe aus.", Map.of(), List.of(), null)))
			.isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).singleElement()
				.satisfies(p -> assertThat(p.message()).contains("-90 und 90")));
		assertThatThrownBy(() -> reports.file(report(code, "52.5", "13.4", "Lampe aus.", Map.of("farbe", "rot"), List.of(), null)))
			.isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).extracting(InvalidReport.Problem::field).containsExactly("farbe"));
		assertThatThrownBy(() -> reports.file(report("gibt-es-nicht", "52.5", "13.4", "Lampe aus.", Map.of(), List.of(), null)))
			.isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).extracting(InvalidReport.Problem::field).containsExactly("service_code"));
		assertThatThrownBy(() -> reports.file(report(code, "52.5", "13.4", "Lampe aus.", Map.of(),
				List.of(new PhotoUpload("boese.jpg", SampleFiles.pdf())), null)))
			.isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).extracting(InvalidReport.Problem::field).containsExactly("media"));
		List<PhotoUpload> six = java.util.stream.IntStream.range(0, 6)
			.mapToObj(i -> new PhotoUpload(i + ".jpg", SampleFiles.jpegWithExif(SampleFiles.picture(8, 8), 1, 52.5, 13.4, ""))).toList();
		assertThatThrownBy(() -> reports.file(report(code, "52.5", "13.4", "Lampe aus.", Map.of(), six, null)))
			.isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).extracting(InvalidReport.Problem::message)
				.containsExactly("Höchstens 5 Fotos sind möglich."));

		assertThat(jdbc.queryForObject("select count(*) from submission where service_slug = ?", Integer.class, code)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(documentsBefore);
	}

	@Test
	void aReportFromTheJourneyIsRecordedOnceWithItsPhotoAndPosition() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String first = mvc.perform(post("/antrag/" + code).session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "Erika Mustermann");
		mvc.perform(multipart(base + "/ort").file(new MockMultipartFile("f.fotos", "IMG_0002.jpg", "image/jpeg", photo)).session(session).with(csrf()));
		mvc.perform(post(base + "/meldung").session(session).with(csrf()).param("f.beschreibung", "Dunkel."));
		mvc.perform(post(base + "/kontakt").session(session).with(csrf()).param("f.email", ""));
		String confirmation = mvc.perform(post(base + "/absenden").session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		UUID submissionId = UUID.fromString(confirmation.replaceAll(".*/antraege/([0-9a-f-]{36})/bestaetigung.*", "$1"));

		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from report where submission_id = ?",
				Integer.class, submissionId) == 1);
		UUID reportId = intake.take(submissionId).orElseThrow();
		assertThat(intake.take(submissionId)).as("a redelivered event changes nothing").contains(reportId);
		assertThat(jdbc.queryForObject("select count(*) from report where submission_id = ?", Integer.class, submissionId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from report_photo where report_id = ?", Integer.class, reportId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from report_update where report_id = ?", Integer.class, reportId)).isEqualTo(1);
		PublicReport report = reports.findById(reportId, Locale.ENGLISH).orElseThrow();
		assertThat(report.position()).as("the photo's EXIF position filled the position field")
			.isEqualTo(new ReportPosition(new BigDecimal("52.516300"), new BigDecimal("13.377700")));
	}

	@Test
	void applicationsAndNotificationsAreNoReports() throws Exception {
		String application = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		// a notification (Anzeige) with a position but no photos, like the notice of drilling a well
		FormDefinition well = new FormDefinition(Text.of("Brunnen", null), List.of(FormPage.of("ort", Text.of("Ort", null),
				Field.of("standort", FieldType.POSITION, Text.of("Standort", null), true))), List.of());
		String notification = new ReportFixtures(context).category(unit, "Anzeige einer Brunnenbohrung", well, ServiceKind.REPORT);

		assertThat(reports.categories(GERMAN)).extracting(ReportCategory::code).contains(code).doesNotContain(application, notification);
		assertThat(reports.category(application, GERMAN)).isEmpty();
		assertThat(reports.extraQuestions(code)).extracting(f -> f.id()).containsExactly("mast_nummer", "art");
		MockHttpSession session = new MockHttpSession();
		UUID submissionId = de.amtsportal.mailbox.Applying.submit(mvc, application, TestAccounts.unique("erika"), r -> r.session(session));
		de.amtsportal.mailbox.Applying.awaitEventsHandled(jdbc, submissionId);
		assertThat(intake.take(submissionId)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from report where submission_id = ?", Integer.class, submissionId)).isZero();
	}

	@Test
	void anApplicationWithoutPositionAndPhotosCostsTheIntakeNoPublication() throws Exception {
		FormDefinition noiseWithoutPhoto = new FormDefinition(Text.of("Lärmbeschwerde", null), List.of(
				ApplicationFixtures.NOISE_COMPLAINT.pages().get(0), FormPage.of("angaben", Text.of("Was ist passiert?", null),
						Field.of("beschreibung", FieldType.LONG_TEXT, Text.of("Beschreibung", null), true))), List.of());
		String application = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL, "Lärmbeschwerde", noiseWithoutPhoto,
				Audience.PUBLIC).slug();

		MockHttpSession session = new MockHttpSession();
		UUID submissionId = de.amtsportal.mailbox.Applying.submit(mvc, application, TestAccounts.unique("erika"), r -> r.session(session));
		de.amtsportal.mailbox.Applying.awaitEventsHandled(jdbc, submissionId);

		assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like '%ReportIntake%' "
				+ "and serialized_event like ?", Integer.class, "%" + submissionId + "%"))
			.as("the report intake's condition keeps its publication out (ADR 0026)").isZero();
		assertThat(jdbc.queryForObject("select count(*) from report where submission_id = ?", Integer.class, submissionId)).isZero();
	}

	@Test
	void thePhaseFollowsTheCase() {
		FiledReport filed = reports.file(report(code, "52.5", "13.4", "Lampe aus.", Map.of(), List.of(), null));
		UUID submissionId = jdbc.queryForObject("select submission_id from report where id = ?", UUID.class, filed.reportId());
		awaitCase(submissionId);

		submissions.changeStatus(submissionId, ApplicationStatus.IN_PROGRESS);
		awaitPhase(filed, ReportPhase.IN_PROGRESS);
		submissions.changeStatus(submissionId, ApplicationStatus.REJECTED);
		awaitPhase(filed, ReportPhase.REJECTED);
		submissions.changeStatus(submissionId, ApplicationStatus.CLOSED);
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select count(*) from cases where submission_id = ? and status = 'CLOSED'", Integer.class, submissionId) == 1);
		de.amtsportal.mailbox.Applying.awaitEventsHandled(jdbc, submissionId);

		PublicReport report = reports.find(filed.reference(), GERMAN).orElseThrow();
		assertThat(report.phase()).as("closing keeps the rejection").isEqualTo(ReportPhase.REJECTED);
		assertThat(report.status()).isEqualTo(PublicStatus.CLOSED);
		assertThat(report.updates()).extracting(PublicUpdate::phase)
			.containsExactly(ReportPhase.RECEIVED, ReportPhase.IN_PROGRESS, ReportPhase.REJECTED);
		assertThat(reports.search(new ReportQuery(Set.of(code), Set.of(PublicStatus.OPEN), Set.of(), null, null, null, 10, 0), GERMAN)).isEmpty();
		assertThat(reports.search(new ReportQuery(Set.of(code), Set.of(PublicStatus.CLOSED), Set.of(), null, null, null, 10, 0), GERMAN))
			.extracting(PublicReport::reference).containsExactly(filed.reference());
	}

	@Test
	void nearbyOpenReportsOfTheSameCategoryNearestFirst() {
		String other = new ReportFixtures(context).category(unit, "Illegale Müllablagerung");
		// about 111 m per 0.001° latitude
		FiledReport near = reports.file(report(code, "50.001000", "8.000000", "a", Map.of(), List.of(), null));
		FiledReport nearer = reports.file(report(code, "50.000500", "8.000000", "b", Map.of(), List.of(), null));
		reports.file(report(code, "50.003000", "8.000000", "c", Map.of(), List.of(), null));
		reports.file(report(other, "50.000100", "8.000000", "d", Map.of(), List.of(), null));

		List<PublicReport> found = reports.nearbyOpen(code, new ReportPosition(new BigDecimal("50"), new BigDecimal("8")), 150, 5, GERMAN);

		assertThat(found).extracting(PublicReport::reference).containsExactly(nearer.reference(), near.reference());
		assertThat(reports.nearbyOpen(code, new ReportPosition(new BigDecimal("50"), new BigDecimal("8")), 150, 1, GERMAN)).hasSize(1);
		BoundingBox box = new BoundingBox(new BigDecimal("49.9995"), new BigDecimal("7.999"), new BigDecimal("50.0007"), new BigDecimal("8.001"));
		assertThat(reports.search(new ReportQuery(Set.of(), Set.of(), Set.of(), null, null, box, 10, 0), GERMAN))
			.extracting(PublicReport::categoryName).containsExactlyInAnyOrder("Defekte Straßenbeleuchtung", "Illegale Müllablagerung");
	}

	private void awaitCase(UUID submissionId) {
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from cases where submission_id = ?",
				Integer.class, submissionId) == 1);
	}

	private void awaitPhase(FiledReport filed, ReportPhase phase) {
		await().atMost(Duration.ofSeconds(15)).until(() -> reports.findById(filed.reportId(), GERMAN).orElseThrow().phase() == phase);
	}

	static NewReport report(String code, String lat, String lon, String description, Map<String, Object> extra, List<PhotoUpload> photos,
			String key) {
		return new NewReport(code, new ReportPosition(new BigDecimal(lat), new BigDecimal(lon)), "Hauptstraße 5, Musterstadt", description,
				"erika@teststadt.example", "Erika", "Mustermann", extra, photos, key, GERMAN);
	}
}
