package de.amtsportal.identity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.StaffFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.ClientAddresses;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.Mailbox;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Page;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GDPR self-service: my data as a JSON download (Art. 15, 20) and deleting my account (Art. 17), which
 * removes everything personal and leaves the audit trail with nothing but the account id.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class AccountSelfServiceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	TestAccounts people;

	Stored stored;

	String email;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		stored = new Stored(context);
		email = "betroffen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	@Test
	void myDataAsAJsonDownload() throws Exception {
		Organisation school = people.institution("Berufsschule Nord");
		Account member = people.member(email, school.id(), "lehrkraefte");

		mvc.perform(get("/konto/daten").with(people.signedIn(member)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".json")))
			.andExpect(jsonPath("$.account.id").value(member.id().toString()))
			.andExpect(jsonPath("$.account.email").value(email))
			.andExpect(jsonPath("$.account.givenName").value("Test"))
			.andExpect(jsonPath("$.account.familyName").value(member.familyName()))
			.andExpect(jsonPath("$.account.roles[0].role").value("INSTITUTION_MEMBER"))
			.andExpect(jsonPath("$.account.roles[0].institution").value("Berufsschule Nord"))
			.andExpect(jsonPath("$.account.roles[0].targetGroups[0]").value("lehrkraefte"))
			.andExpect(content().string(not(containsString("argon2"))))
			.andExpect(content().string(not(containsString("passwordHash"))));
		assertThat(stored.count("select count(*) from audit_entry where action = 'account.exported' and actor = ?",
				member.id().toString())).isOne();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void deletingWithoutTheConfirmationDeletesNothing(Language language) throws Exception {
		Account citizen = people.citizen(email);
		Stored.Snapshot before = stored.snapshot(email);
		Page.of(mvc.perform(post("/konto/loeschen").with(csrf()).with(people.signedIn(citizen)).with(language.browser()))
			.andExpect(status().isOk()).andReturn())
			.contains(language.pick("Bitte bestätigen Sie, dass Sie Ihr Konto löschen möchten.",
					"Please confirm that you want to delete your account."));
		before.assertNothingStored();
		assertThat(stored.accounts(email)).isOne();
	}

	@Test
	void deletingTheAccountRemovesEverythingPersonalAndSignsOut() throws Exception {
		Organisation school = people.institution("Gymnasium Süd");
		Account account = people.member(email, school.id(), "eltern");
		new StaffFixtures(context).enrolAuthenticator(account);
		mvc.perform(post("/konto/passwort-vergessen").with(csrf()).param("email", email));
		new Mailbox(context).received(email, 1);
		assertThat(rows("membership")).isOne();
		assertThat(rows("account_token")).isOne();
		assertThat(rows("recovery_code")).isEqualTo(10);
		assertThat(stored.mailsTo(email)).isPositive();

		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/konto/anmelden").session(session).with(csrf()).with(ClientAddresses.from(ClientAddresses.fresh()))
			.param("email", email).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/intranet"));
		mvc.perform(post("/konto/loeschen").session(session).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/konto/geloescht"));
		Page.of(mvc.perform(get("/konto/geloescht")).andExpect(status().isOk()).andReturn()).contains("Ihr Konto wurde gelöscht");

		assertThat(stored.accounts(email)).isZero();
		assertThat(rows("membership")).isZero();
		assertThat(rows("account_token")).isZero();
		assertThat(rows("recovery_code")).isZero();
		assertThat(stored.count("select count(*) from outgoing_mail where lower(recipient) = lower(?)", email)).isZero();
		mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl("/konto/anmelden"));
		mvc.perform(post("/konto/anmelden").with(csrf()).with(ClientAddresses.from(ClientAddresses.fresh()))
			.param("email", email).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/konto/anmelden?fehler=credentials"));

		String id = account.id().toString();
		assertThat(stored.count("select count(*) from audit_entry where action = 'account.deleted' and actor = ? and subject = ?", id, id))
			.isOne();
		assertThat(stored.count("select count(*) from audit_entry where lower(actor) like ? or lower(subject) like ?"
				+ " or lower(details) like ? or lower(client_address) like ?", like(email), like(email), like(email), like(email)))
			.as("the e-mail address appears nowhere in the audit trail").isZero();
		assertThat(stored.count("select count(*) from audit_entry where actor = ?", id)).as("what happened stays, by id").isPositive();
	}

	private long rows(String table) {
		return stored.count("select count(*) from " + table + " t join account a on a.id = t.account_id where a.email = ?", email)
				+ stored.count("select count(*) from " + table + " where account_id not in (select id from account)");
	}

	private static String like(String value) {
		return "%" + value.toLowerCase() + "%";
	}
}
