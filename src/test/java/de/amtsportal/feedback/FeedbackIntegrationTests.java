package de.amtsportal.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ratings after submitting and after the decision: once each, stored without anything that leads to a person. */
@IntegrationTest
class FeedbackIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submissions submissions;

	@Autowired
	Feedback feedback;

	TestAccounts people;
	String slug;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		slug = new ApplicationFixtures(context).service(people.unit("Bürgeramt"), SignIn.OPTIONAL).slug();
	}

	@Test
	void theApplicantRatesOnceAfterSubmittingAndOnceAfterTheDecisionWithoutPersonalData() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		SubmissionView submission = submissions.find(id).orElseThrow();
		String confirmation = "/antraege/" + id + "/bestaetigung";
		mvc.perform(get(confirmation).with(people.signedIn(erika))).andExpect(content().string(allOf(
				containsString("Wie war der Online-Antrag für Sie?"), containsString("<legend class=\"kern-label\">Wie zufrieden sind Sie?</legend>"),
				containsString("type=\"radio\" name=\"score\""), containsString("Bitte schreiben Sie keine persönlichen Daten"))));

		// no score chosen: back to the page with the message at the question, the comment kept
		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(erika)).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("comment", "Gut")).andExpect(redirectedUrl(confirmation + "#bewertung"))
			.andExpect(flash().attribute("ratingErrors", List.of("score")));
		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(erika)).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("score", "4").param("comment", "x".repeat(1001))).andExpect(flash().attribute("ratingErrors", List.of("comment")));
		assertThat(ratingsOf(submission.serviceId())).isEmpty();

		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(erika)).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("score", "4").param("comment", "Schnell erledigt.")).andExpect(redirectedUrl(confirmation + "?bewertet#bewertung"));
		mvc.perform(get(confirmation).with(people.signedIn(erika))).andExpect(content().string(allOf(
				containsString("Vielen Dank für Ihre Bewertung."), not(containsString("name=\"score\"")))));
		// a second rating at the same moment is not stored
		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(erika)).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("score", "1"));
		// after the decision only once there is one
		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(erika)).with(csrf()).param("moment", "AFTER_DECISION")
			.param("score", "1")).andExpect(status().isNotFound());
		submissions.changeStatus(id, ApplicationStatus.DECIDED);
		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(erika)).with(csrf()).param("moment", "AFTER_DECISION")
			.param("score", "2")).andExpect(redirectedUrl("/postfach/antrag/" + id + "?bewertet#bewertung"));

		List<Map<String, Object>> rows = ratingsOf(submission.serviceId());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).keySet()).containsExactlyInAnyOrder("id", "service_id", "form_version_id", "moment", "score", "comment",
				"created_on");
		assertThat(rows).extracting(r -> r.get("moment")).containsExactlyInAnyOrder("AFTER_SUBMISSION", "AFTER_DECISION");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("form_version_id")).isEqualTo(submission.formVersionId());
			assertThat(r.values().toString()).doesNotContain(id.toString()).doesNotContain(erika.email()).doesNotContain(erika.id().toString());
		});
		FeedbackSummary summary = feedback.summary(submission.serviceId(), YearMonth.now(ZoneId.of("Europe/Berlin")));
		assertThat(summary.count()).isEqualTo(2);
		assertThat(summary.average()).isEqualTo(3.0);
		assertThat(summary.distribution()).containsExactly(Map.entry(1, 0L), Map.entry(2, 1L), Map.entry(3, 0L), Map.entry(4, 1L),
				Map.entry(5, 0L));
		assertThat(feedback.summary(submission.serviceId(), YearMonth.from(LocalDate.of(2020, 1, 1))).count()).isZero();
	}

	@Test
	void onlyTheApplicantMayRate() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		Account mallory = people.citizen(TestAccounts.unique("mallory"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		mvc.perform(post("/bewertung/antrag/" + id).with(people.signedIn(mallory)).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("score", "1")).andExpect(status().isNotFound());
		mvc.perform(post("/bewertung/antrag/" + id).session(new MockHttpSession()).with(csrf()).param("moment", "AFTER_SUBMISSION")
			.param("score", "1")).andExpect(status().isNotFound());
		mvc.perform(post("/bewertung/antrag/" + UUID.randomUUID()).with(people.signedIn(erika)).with(csrf())
			.param("moment", "AFTER_SUBMISSION").param("score", "1")).andExpect(status().isNotFound());
		assertThat(ratingsOf(submissions.find(id).orElseThrow().serviceId())).isEmpty();
		assertThat(submissions.hasRated(id, false)).isFalse();
	}

	private List<Map<String, Object>> ratingsOf(UUID serviceId) {
		return jdbc.queryForList("select * from feedback_rating where service_id = ?", serviceId);
	}
}
