package de.amtsportal.reports;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo as a visitor finds it: four report categories (and not the notifications that are REPORT services
 * too), each with its own question, and reports on the public map, some already being worked on.
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class ReportsDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Test
	void theDemoHasReportCategoriesAndReportsOnTheMap() throws Exception {
		assertThat(reports.categories(Locale.GERMAN)).extracting(ReportCategory::code)
			.containsExactlyInAnyOrder("strassenbeleuchtung", "muellablagerung", "strassenschaden", "graffiti-plakate");
		assertThat(reports.extraQuestions("strassenbeleuchtung")).extracting(f -> f.id()).containsExactly("mast_nummer");
		assertThat(reports.extraQuestions("muellablagerung")).extracting(f -> f.id()).containsExactly("art_abfall");
		assertThat(reports.count(ReportQuery.all(100, 0))).isEqualTo(6);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports.search(ReportQuery.all(100, 0), Locale.GERMAN))
			.extracting(PublicReport::phase).containsExactlyInAnyOrder(ReportPhase.RECEIVED, ReportPhase.RECEIVED, ReportPhase.RECEIVED,
					ReportPhase.IN_PROGRESS, ReportPhase.IN_PROGRESS, ReportPhase.DONE));

		mvc.perform(get("/meldungen/neu")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Defekte Straßenbeleuchtung melden"), containsString("href=\"/antrag/muellablagerung\""))));
		mvc.perform(get("/meldungen")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("6 Meldungen"), containsString("Rathausstraße 12, Musterstadt"))));
		mvc.perform(get("/leistungen/strassenbeleuchtung").header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Data protection officer of the City of Musterstadt")));
	}
}
