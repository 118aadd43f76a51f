package de.amtsportal.intranet;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.intranet.internal.WeeklyDigest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Mail notifications as members chose them: at once, in the weekly digest, or none — and never to anyone outside
 * the item's audience. The mails say only that there is something new, with a link.
 */
@IntegrationTest
class NotificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts people;
	Organisation technik;
	Account publisher;

	@BeforeEach
	void people() {
		IntranetPeople intranet = new IntranetPeople(context);
		people = intranet.accounts;
		technik = intranet.technik;
		publisher = intranet.publisher;
	}

	@Test
	void immediateDigestAndNoneAsChosenAndNothingOutsideTheAudience() throws Exception {
		IntranetPeople intranet = new IntranetPeople(context);
		Account immediate = intranet.member(technik, "Lehrkraft");
		Account weekly = intranet.member(technik, "Lehrkraft");
		Account none = intranet.member(technik, "Lehrkraft");
		Account otherSchool = intranet.member(intranet.wirtschaft, "Lehrkraft");
		Account otherGroup = intranet.member(technik, "Verwaltung");
		choose(immediate, "IMMEDIATE");
		choose(weekly, "WEEKLY");
		choose(none, "NONE");
		choose(otherSchool, "IMMEDIATE");
		choose(otherGroup, "IMMEDIATE");

		String title = "Neue Werkstattordnung " + TestAccounts.unique("t");
		String location = mvc.perform(post("/amt/intranet/neu").with(people.signedIn(publisher)).with(csrf())
				.param("kind", "NEWS").param("title", title).param("body", "Die Werkstattordnung gilt ab Montag.")
				.param("institutions", technik.id().toString()).param("groups", "Lehrkraft"))
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring("/amt/intranet/".length());
		mvc.perform(post(location + "/veroeffentlichen").with(people.signedIn(publisher)).with(csrf()));

		Inbox.Mail now = new Inbox(greenMail).await(immediate.email());
		assertThat(now.subject()).isEqualTo("Neu im Intranet: Neuigkeit");
		assertThat(now.body()).contains("/intranet/mitteilungen/" + id).doesNotContain(title).doesNotContain("Werkstattordnung");
		assertThat(queued(weekly)).isEmpty();

		digest.send();

		Inbox.Mail summary = new Inbox(greenMail).await(weekly.email());
		assertThat(summary.subject()).contains("dieser Woche");
		assertThat(summary.body()).contains("Neuigkeit: ").contains("/intranet/mitteilungen/" + id).doesNotContain(title);
		assertThat(queued(immediate)).filteredOn(body -> body.contains(id)).hasSize(1);
		assertThat(queued(none)).isEmpty();
		assertThat(queued(otherSchool)).noneMatch(body -> body.contains(id));
		assertThat(queued(otherGroup)).noneMatch(body -> body.contains(id));
	}

	@Test
	void theSettingsPageShowsTheDefaultsAndRefusesAnUnknownChoice() throws Exception {
		Account member = new IntranetPeople(context).member(technik, "Schulleitung");
		mvc.perform(get("/intranet/benachrichtigungen").with(people.signedIn(member)).header("Accept-Language", "de-DE"))
			.andExpect(content().string(containsString("id=\"CIRCULAR-IMMEDIATE\" value=\"IMMEDIATE\" checked=\"checked\"")));
		mvc.perform(post("/intranet/benachrichtigungen").with(people.signedIn(member)).with(csrf()).header("Accept-Language", "de-DE")
				.param("NEWS", "HOURLY").param("CIRCULAR", "NONE").param("DOCUMENT", "NONE").param("PROCESS", "NONE"))
			.andExpect(content().string(containsString("Bitte wählen Sie für jede Art eine der angebotenen Möglichkeiten.")));
		mvc.perform(get("/intranet/benachrichtigungen").with(people.signedIn(member)))
			.andExpect(content().string(containsString("id=\"CIRCULAR-IMMEDIATE\" value=\"IMMEDIATE\" checked=\"checked\"")));
	}

	private void choose(Account member, String newsMode) throws Exception {
		mvc.perform(post("/intranet/benachrichtigungen").with(people.signedIn(member)).with(csrf())
				.param("NEWS", newsMode).param("CIRCULAR", "NONE").param("DOCUMENT", "NONE").param("PROCESS", "NONE"))
			.andExpect(redirectedUrl("/intranet/benachrichtigungen?gespeichert"));
	}

	/** The bodies of the mails queued for this member (every mail goes through the outbox). */
	private List<String> queued(Account member) {
		return jdbc.queryForList("select body from outgoing_mail where recipient = ?", String.class, member.email());
	}
}
