package de.amtsportal.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.ClientAddresses;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Page;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords: five wrong ones lock the account for 15 minutes, twenty failures from one address
 * block that address for every account, an unknown address and a wrong password look the same, and every
 * failure is in the audit trail — by account id, never by the e-mail address typed.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class SignInThrottlingIntegrationTests {

	static final String CREDENTIALS = "/konto/anmelden?fehler=credentials";
	static final String THROTTLED = "/konto/anmelden?fehler=throttled";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	TestAccounts people;

	Stored stored;

	Account account;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		stored = new Stored(context);
		account = people.citizen("rate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 1; i <= 5; i++) {
			assertThat(signIn(account.email(), "Falsches Passwort " + i, address)).isEqualTo(CREDENTIALS);
		}
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, address)).as("right password, account locked").isEqualTo(THROTTLED);
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, ClientAddresses.fresh())).as("from elsewhere too")
			.isEqualTo(THROTTLED);
		for (Language language : Language.values()) {
			Page.of(mvc.perform(get(THROTTLED).with(language.browser())).andExpect(status().isOk()).andReturn())
				.contains(language.pick("Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten",
						"Too many failed sign-in attempts. Please wait 15 minutes"));
		}

		clock.advance(Duration.ofMinutes(14));
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, ClientAddresses.fresh())).isEqualTo(THROTTLED);
		clock.advance(Duration.ofMinutes(2));
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, address)).isEqualTo("/konto");
	}

	@Test
	void twentyFailuresFromOneAddressBlockItForEveryAccount() throws Exception {
		String address = ClientAddresses.fresh();
		Account other = people.citizen("rate-other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		for (int i = 1; i <= 20; i++) {
			String email = i % 5 == 0 ? other.email() : "gibt-es-nicht-" + i + "@example.org";
			assertThat(signIn(email, "Geraten " + i, address)).isEqualTo(CREDENTIALS);
		}
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, address)).as("blocked address, right password").isEqualTo(THROTTLED);
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, ClientAddresses.fresh())).as("another address").isEqualTo("/konto");

		clock.advance(Duration.ofMinutes(16));
		assertThat(signIn(other.email(), TestAccounts.PASSWORD, address)).as("window over").isEqualTo("/konto");
	}

	@Test
	void aForgedForwardedForHeaderDoesNotEscapeTheAddressLimit() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 1; i <= 20; i++) {
			int n = i;
			RequestPostProcessor forged = request -> {
				request.addHeader("X-Forwarded-For", "203.0.113." + n);
				request.addHeader("Forwarded", "for=198.51.100." + n);
				return request;
			};
			signIn("gibt-es-nicht-" + i + "@example.org", "Geraten " + i, address, forged);
		}
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, address, request -> {
			request.addHeader("X-Forwarded-For", "192.0.2.1");
			return request;
		})).isEqualTo(THROTTLED);
	}

	@Test
	void anUnknownAddressAndAWrongPasswordLookTheSame() throws Exception {
		MvcResult unknown = attempt("niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Irgendwas 123",
				ClientAddresses.fresh());
		MvcResult wrong = attempt(account.email(), "Irgendwas 123", ClientAddresses.fresh());

		assertThat(wrong.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus());
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl()).isEqualTo(CREDENTIALS);
		assertThat(wrong.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
		assertThat(headersWithoutCookies(wrong)).isEqualTo(headersWithoutCookies(unknown));
		Page.of(mvc.perform(get(CREDENTIALS)).andReturn()).contains("E-Mail-Adresse oder Passwort sind nicht richtig.");
	}

	@Test
	void failuresAreAuditedByAccountIdAndAddress() throws Exception {
		String address = ClientAddresses.fresh();
		String unknownEmail = "unbekannt-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		signIn(account.email(), "Falsch und falsch 1", address);
		signIn(unknownEmail, "Falsch und falsch 2", address);

		List<Map<String, Object>> entries = stored.jdbc().queryForList(
				"select actor, subject, details, client_address from audit_entry where action = 'sign-in.failed' and client_address = ? order by seq",
				address);
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)).containsEntry("actor", account.id().toString()).containsEntry("details", "wrong-password");
		assertThat(entries.get(1)).containsEntry("actor", "anonymous").containsEntry("details", "unknown-account");
		assertThat(stored.count("select count(*) from audit_entry where lower(subject) like ? or lower(details) like ? or lower(actor) like ?",
				"%" + unknownEmail + "%", "%" + unknownEmail + "%", "%" + unknownEmail + "%")).isZero();
	}

	private String signIn(String email, String password, String address, RequestPostProcessor... extra) throws Exception {
		return attempt(email, password, address, extra).getResponse().getRedirectedUrl();
	}

	private MvcResult attempt(String email, String password, String address, RequestPostProcessor... extra) throws Exception {
		var request = post("/konto/anmelden").with(csrf()).with(ClientAddresses.from(address))
			.param("email", email)
			.param("password", password);
		for (RequestPostProcessor processor : extra) {
			request.with(processor);
		}
		return mvc.perform(request).andReturn();
	}

	private static Map<String, List<String>> headersWithoutCookies(MvcResult result) {
		var response = result.getResponse();
		return response.getHeaderNames().stream()
			.filter(name -> !name.equalsIgnoreCase("Set-Cookie"))
			.collect(Collectors.toMap(name -> name, response::getHeaders));
	}
}
