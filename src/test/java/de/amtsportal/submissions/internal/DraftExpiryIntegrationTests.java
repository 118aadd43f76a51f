package de.amtsportal.submissions.internal;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Unfinished applications: a reminder a week before the 30 days are up, then they are deleted. */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class DraftExpiryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	@Autowired
	DraftExpiry expiry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void ownersAreRemindedOnceAndUnfinishedApplicationsAreDeletedAfterThirtyDays() throws Exception {
		TestAccounts people = new TestAccounts(context);
		String slug = new ApplicationFixtures(context).service(people.unit("Ordnungsamt"), SignIn.OPTIONAL).slug();
		Account erika = people.citizen(TestAccounts.unique("erika"));
		String signedInPage = mvc.perform(post("/antrag/" + slug).with(people.signedIn(erika)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();

		MockHttpSession browser = new MockHttpSession();
		String anonymousPage = mvc.perform(post("/antrag/" + slug).session(browser).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String anonymousBase = anonymousPage.substring(0, anonymousPage.lastIndexOf('/'));
		String email = TestAccounts.unique("anonym");
		mvc.perform(post(anonymousBase + "/spaeter").session(browser).with(csrf()).param("email", email));
		String firstLink = new Inbox(greenMail).await(email).link("/antrag/fortsetzen/");
		UUID anonymousDraft = UUID.fromString(anonymousBase.substring(anonymousBase.lastIndexOf('/') + 1));

		clock.advance(Duration.ofDays(22));
		expiry.run();
		assertThat(jdbc.queryForObject("select count(*) from submission_draft where reminded_at is not null and id = ?", Integer.class,
				anonymousDraft)).isZero();

		clock.advance(Duration.ofDays(2));
		expiry.run();
		expiry.run(); // one reminder only
		Inbox.Mail reminder = new Inbox(greenMail).awaitSubject(erika.email(), "gelöscht");
		assertThat(reminder.body()).contains(signedInPage.substring(0, signedInPage.lastIndexOf('/')) + "/pruefen");
		Inbox.Mail anonymousReminder = new Inbox(greenMail).awaitSubject(email, "gelöscht");
		String newLink = anonymousReminder.link("/antrag/fortsetzen/");
		assertThat(newLink).isNotEqualTo(firstLink);
		assertThat(greenMail.getReceivedMessagesForDomain(erika.email())).hasSize(1);
		mvc.perform(get(firstLink.substring(firstLink.indexOf("/antrag/"))).session(new MockHttpSession())).andExpect(status().isNotFound());
		mvc.perform(get(newLink.substring(newLink.indexOf("/antrag/"))).session(new MockHttpSession()))
			.andExpect(redirectedUrl(anonymousBase + "/pruefen"));

		clock.advance(Duration.ofDays(7));
		expiry.run();
		// (the sessions of this test are older than the absolute session timeout by now: the database tells)
		UUID signedInDraft = UUID.fromString(signedInPage.split("/")[3]);
		assertThat(jdbc.queryForObject("select count(*) from submission_draft where id in (?, ?)", Integer.class, anonymousDraft,
				signedInDraft)).isZero();
		mvc.perform(get(newLink.substring(newLink.indexOf("/antrag/"))).session(new MockHttpSession())).andExpect(status().isNotFound());
	}
}
