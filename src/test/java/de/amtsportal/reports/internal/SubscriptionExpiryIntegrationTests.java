package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.reports.FiledReport;
import de.amtsportal.reports.NewReport;
import de.amtsportal.reports.PhotoUpload;
import de.amtsportal.reports.ReportFixtures;
import de.amtsportal.reports.ReportPosition;
import de.amtsportal.reports.Reports;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A subscription to a report's news that nobody confirms is gone after a week; a confirmed one stays. */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class SubscriptionExpiryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Autowired
	MovableClock clock;

	@Autowired
	SubscriptionExpiry expiry;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void unconfirmedSubscriptionsExpireAfterAWeekConfirmedOnesStay() throws Exception {
		String code = new ReportFixtures(context).category(new TestAccounts(context).unit("Tiefbauamt"), "Defekte Straßenbeleuchtung");
		FiledReport filed = reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.516300"), new BigDecimal("13.377700")),
				"Pariser Platz 1, Musterstadt", "Die Leuchte ist aus.", "erika.melderin@teststadt.example", "Erika", "Melderin", Map.of(),
				List.of(new PhotoUpload("laterne.jpg", SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, ""))), null,
				Locale.GERMAN));
		String forgetful = TestAccounts.unique("vergesslich");
		String confirming = TestAccounts.unique("bestaetigt");
		String forgetfulToken = subscribe(filed, forgetful);
		String confirmingToken = subscribe(filed, confirming);
		mvc.perform(post("/meldungen/abo/" + confirmingToken).with(csrf())).andExpect(status().isOk());

		clock.advance(Duration.ofDays(6));
		expiry.run();
		assertThat(subscriptions(forgetful)).as("still within the week").isEqualTo(1);
		String lateToken = subscribe(filed, TestAccounts.unique("spaet"));

		clock.advance(Duration.ofDays(1).plusHours(1));
		expiry.run();
		assertThat(subscriptions(forgetful)).isZero();
		assertThat(subscriptions(confirming)).isEqualTo(1);
		mvc.perform(get("/meldungen/abo/" + forgetfulToken)).andExpect(status().isNotFound());
		mvc.perform(get("/meldungen/abo/" + lateToken)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ja, Nachrichten erhalten")));
	}

	private String subscribe(FiledReport filed, String address) throws Exception {
		mvc.perform(post("/meldungen/" + filed.reference() + "/abonnieren").with(csrf()).param("email", address)).andExpect(status().isOk());
		String mail = jdbc.queryForObject("select body from outgoing_mail where recipient = ?", String.class, address);
		return mail.replaceAll("(?s).*/meldungen/abo/([A-Za-z0-9_-]+).*", "$1");
	}

	private int subscriptions(String address) {
		return jdbc.queryForObject("select count(*) from report_subscription where email = ?", Integer.class, address);
	}
}
