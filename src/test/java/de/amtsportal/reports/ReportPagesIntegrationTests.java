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

import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages of reports as anyone sees them: what a report shows and never shows (the reporter, their text,
 * unreleased photos), the filters, the "is it one of these?" hint before sending, and news by mail with double
 * opt-in and unsubscribing.
 */
@IntegrationTest
class ReportPagesIntegrationTests {

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

	String code;
	FiledReport filed;

	@BeforeEach
	void setUp() {
		code = new ReportFixtures(context).category(new TestAccounts(context).unit("Tiefbauamt"), "Defekte Straßenbeleuchtung");
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "Erika Mustermann");
		filed = reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.516300"), new BigDecimal("13.377700")),
				"Pariser Platz 1, Musterstadt", "Die Leuchte vor dem Haus von Max Nachbar ist aus.", "erika.melderin@teststadt.example", "Erika",
				"Melderin", Map.of("mast_nummer", "M-4711"), List.of(new PhotoUpload("Erika_Melderin_Laterne.jpg", photo)), null, Locale.GERMAN));
	}

	@Test
	void aReportsPageShowsWhatIsPublicAndNoPersonalData() throws Exception {
		String page = mvc.perform(get("/meldungen/" + filed.reference())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Defekte Straßenbeleuchtung"), containsString("Pariser Platz 1, Musterstadt"),
					containsString("52.516300"), containsString("Eingegangen"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("erika.melderin").doesNotContain("Melderin").doesNotContain("Max Nachbar").doesNotContain("M-4711")
			.doesNotContain("/fotos/");
		String list = mvc.perform(get("/meldungen").param("kategorie", code)).andExpect(status().isOk())
			.andExpect(content().string(containsString(filed.reference()))).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("erika.melderin").doesNotContain("Melderin").doesNotContain("Max Nachbar");

		UUID photoId = jdbc.queryForObject("select id from report_photo where report_id = ?", UUID.class, filed.reportId());
		mvc.perform(get("/meldungen/" + filed.reference() + "/fotos/" + photoId)).andExpect(status().isNotFound());
		mvc.perform(get("/meldungen/" + filed.reference() + "/fotos/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/meldungen/MUS-0000-999999")).andExpect(status().isNotFound());

		// once staff released it (the back office's step, here straight in the table) it is public, under a neutral name
		jdbc.update("update report_photo set released = true where id = ?", photoId);
		mvc.perform(get("/meldungen/" + filed.reference())).andExpect(content().string(containsString("/fotos/" + photoId)));
		byte[] served = mvc.perform(get("/meldungen/" + filed.reference() + "/fotos/" + photoId)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", not(containsString("Erika"))))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).as("no EXIF artist in the served photo").doesNotContain("Erika");
		String other = reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.5"), new BigDecimal("13.3")), null, "x", null, null,
				null, Map.of(), List.of(), null, Locale.GERMAN)).reference();
		mvc.perform(get("/meldungen/" + other + "/fotos/" + photoId)).andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByCategoryAndStatus() throws Exception {
		mvc.perform(get("/meldungen").param("kategorie", code).param("status", "offen"))
			.andExpect(content().string(containsString(filed.reference())));
		mvc.perform(get("/meldungen").param("kategorie", code).param("status", "erledigt"))
			.andExpect(content().string(allOf(not(containsString(filed.reference())), containsString("Keine Meldung passt"))));
		mvc.perform(get("/meldungen").param("kategorie", code).param("bereich", "52.51,13.37,52.52,13.38"))
			.andExpect(content().string(containsString(filed.reference())));
		mvc.perform(get("/meldungen").param("kategorie", code).param("bereich", "50,8,50.1,8.1"))
			.andExpect(content().string(not(containsString(filed.reference()))));
		mvc.perform(get("/meldungen/neu")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/antrag/" + code + "\"")));
	}

	@Test
	void theCheckPageShowsOpenReportsNearbyOfTheSameCategory() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String first = mvc.perform(post("/antrag/" + code).session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		mvc.perform(post(base + "/ort").session(session).with(csrf()).param("f.position.lat", "52.5168").param("f.position.lon", "13.3777"));
		mvc.perform(post(base + "/meldung").session(session).with(csrf()).param("f.beschreibung", "Dunkel."));
		mvc.perform(post(base + "/kontakt").session(session).with(csrf()).param("f.email", ""));

		mvc.perform(get(base + "/pruefen").session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ist es eine dieser Meldungen?"), containsString(filed.reference()),
					containsString("/meldungen/" + filed.reference() + "/abonnieren"))));

		// far away: no hint
		mvc.perform(post(base + "/ort").session(session).with(csrf()).param("f.position.lat", "52.5300").param("f.position.lon", "13.3777"));
		mvc.perform(get(base + "/pruefen").session(session)).andExpect(content().string(not(containsString("Ist es eine dieser Meldungen?"))));
	}

	@Test
	void newsByMailNeedsConfirmationAndEndsWithUnsubscribing() throws Exception {
		String address = TestAccounts.unique("nachbarin");
		mvc.perform(post("/meldungen/" + filed.reference() + "/abonnieren").with(csrf()).param("email", "keine-adresse"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Geben Sie eine E-Mail-Adresse ein")));
		mvc.perform(post("/meldungen/" + filed.reference() + "/abonnieren").with(csrf()).param("email", address))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bitte bestätigen Sie Ihre E-Mail-Adresse")));
		String mail = jdbc.queryForObject("select body from outgoing_mail where recipient = ?", String.class, address);
		String token = mail.replaceAll("(?s).*/meldungen/abo/([A-Za-z0-9_-]+).*", "$1");
		UUID submissionId = jdbc.queryForObject("select submission_id from report where id = ?", UUID.class, filed.reportId());

		submissions.changeStatus(submissionId, ApplicationStatus.IN_PROGRESS);
		await().atMost(Duration.ofSeconds(15)).until(() -> reports.findById(filed.reportId(), Locale.GERMAN).orElseThrow().phase() == ReportPhase.IN_PROGRESS);
		de.amtsportal.mailbox.Applying.awaitEventsHandled(jdbc, filed.reportId());
		assertThat(newsTo(address)).as("nothing before confirming").isZero();

		mvc.perform(get("/meldungen/abo/" + token)).andExpect(status().isOk()).andExpect(content().string(containsString("Ja, Nachrichten erhalten")));
		mvc.perform(post("/meldungen/abo/" + token).with(csrf())).andExpect(status().isOk());
		submissions.changeStatus(submissionId, ApplicationStatus.DECIDED);
		await().atMost(Duration.ofSeconds(15)).until(() -> newsTo(address) == 1);
		String news = jdbc.queryForObject("select body from outgoing_mail where recipient = ? and subject like '%Erledigt%'", String.class, address);
		assertThat(news).contains("/meldungen/" + filed.reference()).contains("/meldungen/abo/" + token + "/abbestellen");

		mvc.perform(get("/meldungen/abo/" + token + "/abbestellen")).andExpect(status().isOk());
		mvc.perform(post("/meldungen/abo/" + token + "/abbestellen").with(csrf())).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from report_subscription where email = ?", Integer.class, address)).isZero();
		mvc.perform(get("/meldungen/abo/" + token)).andExpect(status().isNotFound());
	}

	private int newsTo(String address) {
		return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and subject like 'Meldung %'", Integer.class, address);
	}
}
