package de.amtsportal.identity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.ClientAddresses;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page on another site that posts to the portal (cross-site request forgery) gets 403 and changes nothing:
 * without a token and with a wrong one.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class CsrfIntegrationTests {

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
		email = "csrf-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	@Test
	void registration() throws Exception {
		Stored.Snapshot before = stored.snapshot(email);
		for (var token : new boolean[] { false, true }) {
			var request = post("/konto/registrieren")
				.param("givenName", "Lena")
				.param("familyName", "Lindner")
				.param("email", email)
				.param("password", "Fahrrad Kompass Laterne 7")
				.param("passwordConfirmation", "Fahrrad Kompass Laterne 7")
				.param("privacyAccepted", "true");
			mvc.perform(token ? request.with(csrf().useInvalidToken()) : request).andExpect(status().isForbidden());
		}
		before.assertNothingStored();
	}

	@Test
	void contactForm() throws Exception {
		OrgUnit unit = people.unit("Standesamt");
		Stored.Snapshot before = stored.snapshot(unit.contactEmail());
		var request = post("/kontakt")
			.param("orgUnitId", unit.id().toString())
			.param("name", "Anna Brunnen")
			.param("email", "anna.brunnen@example.org")
			.param("subject", "Heiratsurkunde")
			.param("message", "Wie beantrage ich eine Heiratsurkunde?")
			.param("website", "");
		mvc.perform(request).andExpect(status().isForbidden());
		mvc.perform(request.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		before.assertNothingStored();
	}

	@Test
	void signIn() throws Exception {
		Account account = people.citizen(email);
		long audit = stored.auditEntries();
		String address = ClientAddresses.fresh();
		mvc.perform(post("/konto/anmelden").with(ClientAddresses.from(address))
			.param("email", account.email())
			.param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		assertThat(stored.auditEntries()).as("neither a sign-in nor a failure recorded").isEqualTo(audit);
		assertThat(stored.count("select count(*) from sign_in_failure where client_address = ?", address)).isZero();
	}

	@Test
	void accountDeletion() throws Exception {
		Account account = people.citizen(email);
		mvc.perform(post("/konto/loeschen").with(people.signedIn(account)).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/konto/loeschen").with(people.signedIn(account)).with(csrf().useInvalidToken()).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		assertThat(stored.accounts(email)).isEqualTo(1);
	}

	@Test
	void passwordChange() throws Exception {
		Account account = people.citizen(email);
		String hash = account.passwordHash();
		mvc.perform(post("/konto/passwort-aendern").with(people.signedIn(account))
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", "Leuchtturm Abendrot Segelboot 9")
			.param("passwordConfirmation", "Leuchtturm Abendrot Segelboot 9"))
			.andExpect(status().isForbidden());
		assertThat(people.reload(account).passwordHash()).isEqualTo(hash);
	}
}
