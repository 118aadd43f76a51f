package de.amtsportal.identity;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.ClientAddresses;
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
 * Forgotten and changed passwords: bad input is answered with its message in the user's language and
 * changes nothing; a new link replaces the older one; after a reset only the new password works and the
 * owner is told by mail.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class PasswordResetIntegrationTests {

	static final String NEW_PASSWORD = "Leuchtturm Abendrot Segelboot 9";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	TestAccounts people;

	Stored stored;

	Mailbox mailbox;

	Account account;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		stored = new Stored(context);
		mailbox = new Mailbox(context);
		account = people.citizen("vergesslich-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void requestingALinkWithoutAValidAddress(Language language) throws Exception {
		Stored.Snapshot before = stored.snapshot(account.email());
		Page.of(mvc.perform(post("/konto/passwort-vergessen").with(csrf()).with(language.browser()).param("email", ""))
			.andExpect(status().isOk()).andReturn())
			.showsFieldError("email", language.pick("Bitte geben Sie Ihre E-Mail-Adresse ein.", "Please enter your e-mail address."));
		Page.of(mvc.perform(post("/konto/passwort-vergessen").with(csrf()).with(language.browser()).param("email", "vergesslich at example.org"))
			.andExpect(status().isOk()).andReturn())
			.showsFieldError("email", language.pick("Bitte geben Sie eine gültige E-Mail-Adresse ein", "Please enter a valid e-mail address"));
		before.assertNothingStored();
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = "niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Stored.Snapshot before = stored.snapshot(unknown);
		mvc.perform(post("/konto/passwort-vergessen").with(csrf()).param("email", unknown))
			.andExpect(redirectedUrl("/konto/passwort-vergessen/gesendet"));
		before.assertNothingStored();
		mvc.perform(post("/konto/passwort-vergessen").with(csrf()).param("email", account.email()))
			.andExpect(redirectedUrl("/konto/passwort-vergessen/gesendet"));
		assertThat(mailbox.received(account.email(), 1)).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aNewPasswordThatIsRejectedChangesNothing(Language language) throws Exception {
		String token = requestLink(1);
		String hash = passwordHash();
		Map<String, String> messages = Map.of(
				"abcdefghijk", language.pick("Dieses Passwort ist zu leicht zu erraten", "This password is too easy to guess"),
				"Sommer2024!", language.pick("Dieses Passwort steht auf Listen häufig verwendeter Passwörter",
						"This password appears on lists of commonly used passwords"),
				"Fahrrad Kompass ".repeat(13).substring(0, 200), language.pick("Das Passwort darf höchstens 128 Zeichen lang sein.",
						"The password can be at most 128 characters long."),
				"", language.pick("Bitte geben Sie ein Passwort ein.", "Please enter a password."));
		for (var entry : messages.entrySet()) {
			Page.of(mvc.perform(newPassword(token, entry.getKey(), entry.getKey()).with(language.browser()))
				.andExpect(status().isOk()).andReturn())
				.showsFieldError("password", entry.getValue());
		}
		Page.of(mvc.perform(newPassword(token, NEW_PASSWORD, NEW_PASSWORD + " ").with(language.browser()))
			.andExpect(status().isOk()).andReturn())
			.showsFieldError("passwordConfirmation", language.pick("Die beiden Passwörter stimmen nicht überein.",
					"The two passwords do not match."));

		assertThat(passwordHash()).as("password unchanged").isEqualTo(hash);
		assertThat(stored.count("select count(*) from outgoing_mail where recipient = ?", account.email()))
			.as("only the link, no 'password changed' mail").isEqualTo(1);
		// the link still works: rejected input did not use it up
		mvc.perform(newPassword(token, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/konto/anmelden?passwort-geaendert"));
	}

	@Test
	void aNewLinkReplacesTheOlderOneAndAfterTheResetOnlyTheNewPasswordWorks() throws Exception {
		String older = requestLink(1);
		String newer = requestLink(2);

		Page.of(mvc.perform(get("/konto/passwort-neu").param("token", older)).andExpect(status().isOk()).andReturn())
			.doesNotContain("name=\"password\"");
		mvc.perform(newPassword(older, NEW_PASSWORD, NEW_PASSWORD)).andExpect(status().isOk());
		assertThat(signIn(NEW_PASSWORD)).as("the older link set no password").isEqualTo("/konto/anmelden?fehler=credentials");

		mvc.perform(newPassword(newer, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/konto/anmelden?passwort-geaendert"));
		Page.of(mvc.perform(get("/konto/anmelden").param("passwort-geaendert", "")).andReturn())
			.contains("Ihr Konto ist bereit. Bitte melden Sie sich an.");

		assertThat(signIn(TestAccounts.PASSWORD)).as("old password").isEqualTo("/konto/anmelden?fehler=credentials");
		assertThat(signIn(NEW_PASSWORD)).as("new password").isEqualTo("/konto");

		MimeMessage changed = mailbox.received(account.email(), 3).get(2);
		assertThat(Mailbox.subject(changed)).startsWith("Ihr Passwort wurde geändert");
		assertThat(stored.count("select count(*) from audit_entry where action = 'password.reset' and actor = ?",
				account.id().toString())).isEqualTo(1);

		// the used link does not work a second time
		Page.of(mvc.perform(newPassword(newer, "Noch Ein Anderes Passwort 3", "Noch Ein Anderes Passwort 3"))
			.andExpect(status().isOk()).andReturn())
			.contains("Dieser Link wurde schon verwendet.");
		assertThat(signIn(NEW_PASSWORD)).isEqualTo("/konto");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void changingThePasswordWithBadInputChangesNothing(Language language) throws Exception {
		String hash = passwordHash();
		long audit = stored.auditEntries();
		change("Falsches Passwort 1", NEW_PASSWORD, NEW_PASSWORD, language)
			.showsFieldError("currentPassword", language.pick("Das aktuelle Passwort ist nicht richtig.",
					"The current password is not correct."));
		change("", NEW_PASSWORD, NEW_PASSWORD, language)
			.showsFieldError("currentPassword", language.pick("Bitte geben Sie Ihr aktuelles Passwort ein.",
					"Please enter your current password."));
		change(TestAccounts.PASSWORD, "passwort123", "passwort123", language)
			.showsFieldError("password", language.pick("Dieses Passwort steht auf Listen häufig verwendeter Passwörter",
					"This password appears on lists of commonly used passwords"));
		change(TestAccounts.PASSWORD, "kurz", "kurz", language)
			.showsFieldError("password", language.pick("Das Passwort ist zu kurz", "The password is too short"));
		change(TestAccounts.PASSWORD, NEW_PASSWORD, "etwas anderes", language)
			.showsFieldError("passwordConfirmation", language.pick("Die beiden Passwörter stimmen nicht überein.",
					"The two passwords do not match."));

		assertThat(passwordHash()).isEqualTo(hash);
		assertThat(stored.mailsTo(account.email())).isZero();
		assertThat(stored.auditEntries()).isEqualTo(audit);
	}

	@Test
	void changingThePassword() throws Exception {
		mvc.perform(post("/konto/passwort-aendern").with(csrf()).with(people.signedIn(account))
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("passwordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/konto?passwort-geaendert"));

		assertThat(signIn(TestAccounts.PASSWORD)).isEqualTo("/konto/anmelden?fehler=credentials");
		assertThat(signIn(NEW_PASSWORD)).isEqualTo("/konto");
		assertThat(Mailbox.subject(mailbox.received(account.email(), 1).get(0))).startsWith("Ihr Passwort wurde geändert");
	}

	private Page change(String current, String password, String confirmation, Language language) throws Exception {
		return Page.of(mvc.perform(post("/konto/passwort-aendern").with(csrf()).with(people.signedIn(account))
			.with(language.browser())
			.param("currentPassword", current)
			.param("password", password)
			.param("passwordConfirmation", confirmation)).andExpect(status().isOk()).andReturn());
	}

	private String requestLink(int mailsSoFar) throws Exception {
		mvc.perform(post("/konto/passwort-vergessen").with(csrf()).param("email", account.email()))
			.andExpect(redirectedUrl("/konto/passwort-vergessen/gesendet"));
		return mailbox.token(account.email(), mailsSoFar);
	}

	private MockHttpServletRequestBuilder newPassword(String token, String password, String confirmation) {
		return post("/konto/passwort-neu").with(csrf())
			.param("token", token)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
	}

	/** Signs in from an address of its own and returns where the portal sends the person. */
	private String signIn(String password) throws Exception {
		ResultActions result = mvc.perform(post("/konto/anmelden").with(csrf())
			.with(ClientAddresses.from(ClientAddresses.fresh()))
			.param("email", account.email())
			.param("password", password));
		return result.andReturn().getResponse().getRedirectedUrl();
	}

	private String passwordHash() {
		return stored.jdbc().queryForObject("select password_hash from account where id = ?", String.class, account.id());
	}
}
