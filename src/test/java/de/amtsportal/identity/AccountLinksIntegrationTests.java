package de.amtsportal.identity;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.StaffFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.Mailbox;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Page;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secret links in mails — confirming an address, resetting a password, accepting an invitation: an
 * unknown, an expired, a used and a replaced link each say so in the user's language and change nothing.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class AccountLinksIntegrationTests {

	static final String PASSWORD = "Leuchtturm Abendrot Segelboot 9";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	TestAccounts people;

	Stored stored;

	Mailbox mailbox;

	String email;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		stored = new Stored(context);
		mailbox = new Mailbox(context);
		email = "link-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void unknownLinks(Language language) throws Exception {
		String unknown = language.pick("Dieser Link ist ungültig.", "This link is not valid.");
		for (String token : new String[] { "erfunden", "", "x".repeat(5000) }) {
			page(get("/konto/bestaetigen").param("token", token), language).contains(unknown);
			page(post("/konto/bestaetigen").with(csrf()).param("token", token), language).contains(unknown);
			page(get("/konto/passwort-neu").param("token", token), language).contains(unknown).doesNotContain("name=\"password\"");
			page(newPassword(token), language).contains(unknown);
			page(get("/konto/einladung").param("token", token), language).contains(unknown).doesNotContain("name=\"password\"");
			page(acceptInvitation(token), language).contains(unknown);
		}
	}

	@Test
	void confirmationLinks() throws Exception {
		String first = register();

		clock.advance(Duration.ofHours(24).plusMinutes(1));
		page(get("/konto/bestaetigen").param("token", first), Language.GERMAN).contains("Dieser Link ist abgelaufen.");
		page(post("/konto/bestaetigen").with(csrf()).param("token", first), Language.ENGLISH).contains("This link has expired.");
		assertThat(accountStatus()).isEqualTo("PENDING_VERIFICATION");

		mvc.perform(post("/konto/bestaetigen/erneut").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/konto/registrieren/gesendet"));
		String second = mailbox.token(email, 2);
		clock.reset();
		page(get("/konto/bestaetigen").param("token", first), Language.GERMAN)
			.contains("Sie haben inzwischen einen neueren Link bekommen.");
		assertThat(accountStatus()).isEqualTo("PENDING_VERIFICATION");

		mvc.perform(post("/konto/bestaetigen").with(csrf()).param("token", second)).andExpect(redirectedUrl("/konto/anmelden?bestaetigt"));
		assertThat(accountStatus()).isEqualTo("ACTIVE");
		page(get("/konto/bestaetigen").param("token", second), Language.ENGLISH).contains("This link has already been used.");
		page(post("/konto/bestaetigen").with(csrf()).param("token", second), Language.GERMAN).contains("Dieser Link wurde schon verwendet.");
		assertThat(stored.count("select count(*) from audit_entry where action = 'account.email-confirmed' and actor = ?",
				accountId().toString())).isEqualTo(1);
	}

	@Test
	void passwordResetLinks() throws Exception {
		Account account = people.citizen(email);
		String hash = passwordHash();
		mvc.perform(post("/konto/passwort-vergessen").with(csrf()).param("email", email));
		String first = mailbox.token(email, 1);

		clock.advance(Duration.ofHours(1).plusMinutes(1));
		page(get("/konto/passwort-neu").param("token", first), Language.GERMAN).contains("Dieser Link ist abgelaufen.")
			.doesNotContain("name=\"password\"");
		page(newPassword(first), Language.ENGLISH).contains("This link has expired.");
		assertThat(passwordHash()).isEqualTo(hash);

		mvc.perform(post("/konto/passwort-vergessen").with(csrf()).param("email", email));
		String second = mailbox.token(email, 2);
		page(newPassword(first), Language.ENGLISH).contains("You have since been sent a newer link.");
		assertThat(passwordHash()).isEqualTo(hash);

		mvc.perform(newPassword(second)).andExpect(redirectedUrl("/konto/anmelden?passwort-geaendert"));
		String changed = passwordHash();
		assertThat(changed).isNotEqualTo(hash);
		page(newPassword(second), Language.GERMAN).contains("Dieser Link wurde schon verwendet.");
		assertThat(passwordHash()).isEqualTo(changed);
		assertThat(people.reload(account).status()).isEqualTo(Account.Status.ACTIVE);
	}

	@Test
	void invitationLinks() throws Exception {
		StaffFixtures staff = new StaffFixtures(context);
		staff.inviteCaseworker(email, people.unit("Ordnungsamt").id());
		String token = mailbox.token(email, 1);

		clock.advance(Duration.ofDays(7).plusMinutes(1));
		page(get("/konto/einladung").param("token", token), Language.GERMAN).contains("Dieser Link ist abgelaufen.");
		page(acceptInvitation(token), Language.ENGLISH).contains("This link has expired.");
		assertThat(accountStatus()).isEqualTo("INVITED");
		assertThat(passwordHash()).isNull();

		clock.reset();
		mvc.perform(acceptInvitation(token)).andExpect(redirectedUrl("/konto/anmelden?eingerichtet"));
		assertThat(accountStatus()).isEqualTo("ACTIVE");
		String hash = passwordHash();
		page(acceptInvitation(token).param("password", "Ganz Anderes Passwort 77"), Language.GERMAN)
			.contains("Dieser Link wurde schon verwendet.");
		assertThat(passwordHash()).isEqualTo(hash);
	}

	private String register() throws Exception {
		mvc.perform(post("/konto/registrieren").with(csrf())
			.param("givenName", "Lena")
			.param("familyName", "Lindner")
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("privacyAccepted", "true"))
			.andExpect(redirectedUrl("/konto/registrieren/gesendet"));
		return mailbox.token(email, 1);
	}

	private MockHttpServletRequestBuilder newPassword(String token) {
		return post("/konto/passwort-neu").with(csrf()).param("token", token).param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD);
	}

	private MockHttpServletRequestBuilder acceptInvitation(String token) {
		return post("/konto/einladung").with(csrf()).param("token", token).param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD);
	}

	private Page page(MockHttpServletRequestBuilder request, Language language) throws Exception {
		Page page = Page.of(mvc.perform(request.with(language.browser())).andExpect(status().isOk()).andReturn());
		return page.contains(language.pick("lang=\"de\"", "lang=\"en\""));
	}

	private String accountStatus() {
		return stored.jdbc().queryForObject("select status from account where email = ?", String.class, email);
	}

	private String passwordHash() {
		return stored.jdbc().queryForObject("select password_hash from account where email = ?", String.class, email);
	}

	private UUID accountId() {
		return stored.jdbc().queryForObject("select id from account where email = ?", UUID.class, email);
	}
}
