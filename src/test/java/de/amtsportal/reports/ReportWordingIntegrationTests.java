package de.amtsportal.reports;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.PdfA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a reporter reads outside the journey's pages — the confirmation and status mails, the receipt PDF, the list
 * of their applications and the Postfach thread — speaks of their report ("Meldung"); the same person's
 * application next to it still of an application. So do the page and the mail for going on later.
 */
@IntegrationTest
class ReportWordingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submissions submissions;

	@Test
	void mailsReceiptListAndThreadOfAReportSpeakOfAReport() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit unit = people.unit("Ordnungsamt");
		String notification = new ReportFixtures(context).category(unit, "Lärm melden", ApplicationFixtures.NOISE_COMPLAINT, ServiceKind.REPORT);
		String application = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID report = Applying.submit(mvc, notification, erika.email(), r -> r.with(people.signedIn(erika)));
		UUID applied = Applying.submit(mvc, application, erika.email(), r -> r.with(people.signedIn(erika)));
		Applying.awaitEventsHandled(jdbc, report);
		Applying.awaitEventsHandled(jdbc, applied);
		String reference = submissions.find(report).orElseThrow().reference();
		String applicationReference = submissions.find(applied).orElseThrow().reference();

		assertThat(mail(erika, reference)).contains("Eingangsbestätigung Ihrer Meldung: Lärm melden (" + reference + ")",
				"Ihre Meldung „Lärm melden“ ist am", "Den Stand Ihrer Meldung").doesNotContain("Antrag");
		assertThat(mail(erika, applicationReference)).contains("Ihr Antrag").doesNotContain("Meldung");

		byte[] receipt = mvc.perform(get("/antraege/" + report + "/eingangsbestaetigung.pdf").with(people.signedIn(erika)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfA.text(receipt)).contains("Eingangsbestätigung Ihrer Meldung", "Ihre Meldung ist bei uns eingegangen")
			.doesNotContain("Antrag");

		mvc.perform(get("/antraege").with(people.signedIn(erika))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Meldung: Lärm melden"), not(containsString("Meldung: Lärmbeschwerde")))));
		mvc.perform(get("/postfach/antrag/" + report).with(people.signedIn(erika))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Postfach – Meldung " + reference),
					containsString("Zu dieser Meldung gibt es noch keine Nachrichten."), containsString("Meldung und Ihre Angaben ansehen"))));
		mvc.perform(get("/postfach/antrag/" + applied).with(people.signedIn(erika)))
			.andExpect(content().string(containsString("Zu diesem Antrag gibt es noch keine Nachrichten.")));

		submissions.changeStatus(report, ApplicationStatus.IN_PROGRESS);
		Applying.awaitEventsHandled(jdbc, report);
		assertThat(Applying.mailsQueued(jdbc, erika.email(), "Neues zu Ihrer Meldung " + reference)).isEqualTo(1);
	}

	@Test
	void goingOnLaterWithAReportSpeaksOfTheReport() throws Exception {
		OrgUnit unit = new TestAccounts(context).unit("Ordnungsamt");
		String notification = new ReportFixtures(context).category(unit, "Lärm melden", ApplicationFixtures.NOISE_COMPLAINT, ServiceKind.REPORT);
		MockHttpSession browser = new MockHttpSession();
		String first = mvc.perform(post("/antrag/" + notification).session(browser).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String later = first.substring(0, first.lastIndexOf('/')) + "/spaeter";
		mvc.perform(get(later).session(browser)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("mit dem Sie die Meldung bis zum"), containsString("Zurück zur Meldung"),
					not(containsString("Antrag")))));
		String email = TestAccounts.unique("spaeter");
		mvc.perform(post(later).session(browser).with(csrf()).param("email", email)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select subject || ' ' || body from outgoing_mail where recipient = ?", String.class, email))
			.contains("Ihre Meldung „Lärm melden“: Link zum Fortsetzen", "Ihre angefangene Meldung „Lärm melden“").doesNotContain("Antrag");
	}

	private String mail(Account to, String reference) {
		return jdbc.queryForObject("select subject || ' ' || body from outgoing_mail where recipient = ? and subject like ?", String.class,
				to.email(), "%(" + reference + ")");
	}
}
