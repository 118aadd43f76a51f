package de.amtsportal.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.DraftStarted;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member of staff looks at the key figures of a service and follows the link to the open data — every page
 * checked with axe-core, in German with JavaScript and in English without.
 */
@BrowserTest
class KpiBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffReadTheKeyFiguresOfAServiceInGerman(Browser browser) {
		look(browser, Language.GERMAN);
	}

	@Test
	void staffReadTheKeyFiguresOfAServiceInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		look(browser, Language.ENGLISH);
	}

	private void look(Browser browser, Language l) {
		TestAccounts people = new TestAccounts(context);
		OrgUnit unit = people.unit("Bürgeramt");
		String service = "Sondernutzungserlaubnis " + UUID.randomUUID().toString().substring(0, 6);
		UUID serviceId = UUID.randomUUID();
		// two applications started, one submitted: what the application journey reports as it happens
		Instant now = Instant.now();
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new DraftStarted(UUID.randomUUID(), serviceId, service, UUID.randomUUID(), now));
			events.publishEvent(new DraftStarted(UUID.randomUUID(), serviceId, service, UUID.randomUUID(), now));
			events.publishEvent(new SubmissionReceived(UUID.randomUUID(), "MUS-2026-999999", serviceId, service, UUID.randomUUID(),
					UUID.randomUUID(), unit.id(), null, null, now));
		});
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select count(*) from kpi_fact where service_id = ?", Integer.class, serviceId) == 3);
		String clerk = TestAccounts.unique("sachbearbeitung");
		people.caseworker(clerk, unit.id());

		StaffSignIn.firstTime(browser, clerk, TestAccounts.PASSWORD, l);
		browser.clickLink(l.pick("Kennzahlen", "Key figures"));
		assertThat(browser.heading()).isEqualTo(l.pick("Kennzahlen der Online-Dienste", "Key figures of the online services"));
		browser.choose(l.pick("Leistung", "Service"), service).press(l.pick("Anzeigen", "Show"));
		assertThat(browser.path()).startsWith("/amt/kennzahlen?").contains("leistung=" + serviceId);
		assertThat(browser.texts("table.kern-table tbody tr th")).contains(service);
		assertThat(browser.text()).containsPattern("\\b50\\s?%");

		browser.clickLink(l.pick("Diese Kennzahlen als offene Daten", "These figures as open data"));
		assertThat(browser.heading()).isEqualTo(l.pick("Offene Daten", "Open data"));
		assertThat(browser.text()).contains("tage_bis_entscheidung_median");
	}
}
