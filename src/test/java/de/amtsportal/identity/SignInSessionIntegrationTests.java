package de.amtsportal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.code.DefaultCodeGenerator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.SignInCompletion;
import de.amtsportal.identity.internal.StaffFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.ClientAddresses;
import de.amtsportal.support.IntegrationTest;
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
 * Sessions and the second factor: a new session id at sign-in, staff reach nothing with the password alone,
 * the demo's skip does nothing here, wrong codes end the attempt, and no session outlives twelve hours.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class SignInSessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	TestAccounts people;

	Stored stored;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		stored = new Stored(context);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		Account citizen = people.citizen(unique("sitzung"));
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/konto/anmelden").session(session)).andExpect(status().isOk());
		String anonymous = session.getId();

		signIn(citizen, session).andExpect(redirectedUrl("/konto"));

		assertThat(session.getId()).isNotEqualTo(anonymous);
		mvc.perform(get("/konto").session(session)).andExpect(status().isOk());
	}

	@Test
	void staffWithoutAnAuthenticatorReachOnlyTheEnrolmentWithThePasswordAlone() throws Exception {
		Account caseworker = people.caseworker(unique("neu-im-amt"), people.unit("Bauamt").id());
		MockHttpSession session = new MockHttpSession();
		signIn(caseworker, session).andExpect(redirectedUrl(SignInCompletion.ENROL));

		for (String page : new String[] { "/konto", "/amt", "/amt/kontaktanfragen", "/konto/daten", "/intranet" }) {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl(SignInCompletion.ENROL));
		}
		Page enrolment = Page.of(mvc.perform(get(SignInCompletion.ENROL).session(session)).andExpect(status().isOk()).andReturn());
		enrolment.doesNotContain("/konto/zwei-faktor/ueberspringen");

		// the demo's "continue without two-factor" is refused outside the demo run
		mvc.perform(post("/konto/zwei-faktor/ueberspringen").session(session).with(csrf()))
			.andExpect(redirectedUrl(SignInCompletion.ENROL));
		mvc.perform(get("/amt").session(session)).andExpect(redirectedUrl(SignInCompletion.ENROL));
		mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl(SignInCompletion.ENROL));
		assertThat(signInsRecorded(caseworker)).isZero();
	}

	@Test
	void staffWithAnAuthenticatorNeedTheCodeAndGetANewSessionWithIt() throws Exception {
		Account caseworker = people.caseworker(unique("im-amt"), people.unit("Kämmerei").id());
		String secret = new StaffFixtures(context).enrolAuthenticator(caseworker);
		MockHttpSession session = new MockHttpSession();
		signIn(caseworker, session).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
		String afterPassword = session.getId();

		mvc.perform(get("/amt").session(session)).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
		mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
		assertThat(signInsRecorded(caseworker)).isZero();

		mvc.perform(post(SignInCompletion.ENTER_CODE).session(session).with(csrf()).param("code", code(secret)))
			.andExpect(redirectedUrl("/amt"));
		assertThat(session.getId()).isNotEqualTo(afterPassword);
		mvc.perform(get("/amt").session(session)).andExpect(status().isOk());
		mvc.perform(get("/konto").session(session)).andExpect(status().isOk());
		assertThat(signInsRecorded(caseworker)).isOne();
	}

	@Test
	void thePasswordAloneCannotReplaceAnEnrolledAuthenticator() throws Exception {
		Account caseworker = people.caseworker(unique("gekapert"), people.unit("Jugendamt").id());
		String secret = new StaffFixtures(context).enrolAuthenticator(caseworker);
		MockHttpSession session = new MockHttpSession();
		signIn(caseworker, session).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));

		// someone who knows only the password tries to enrol an app of their own instead of entering the code
		mvc.perform(get(SignInCompletion.ENROL).session(session)).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
		session.setAttribute("two-factor.enrolment-secret", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
		mvc.perform(post(SignInCompletion.ENROL).session(session).with(csrf()).param("code", code("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")))
			.andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
		mvc.perform(post("/konto/zwei-faktor/weiter").session(session).with(csrf()))
			.andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));

		mvc.perform(get("/amt").session(session)).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
		assertThat(people.reload(caseworker).totpSecret()).isEqualTo(secret);
		assertThat(signInsRecorded(caseworker)).isZero();
	}

	@Test
	void enrolmentCannotBeSkippedByContinuingWithoutIt() throws Exception {
		Account caseworker = people.caseworker(unique("eilig"), people.unit("Sozialamt").id());
		MockHttpSession session = new MockHttpSession();
		signIn(caseworker, session).andExpect(redirectedUrl(SignInCompletion.ENROL));

		mvc.perform(post("/konto/zwei-faktor/weiter").session(session).with(csrf())).andExpect(redirectedUrl(SignInCompletion.ENROL));
		mvc.perform(get("/amt").session(session)).andExpect(redirectedUrl(SignInCompletion.ENROL));
		assertThat(signInsRecorded(caseworker)).isZero();

		// enrolling properly does finish the sign-in
		Page enrolment = Page.of(mvc.perform(get(SignInCompletion.ENROL).session(session)).andExpect(status().isOk()).andReturn());
		String secret = enrolment.html().replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7 ]+)<.*", "$1").replace(" ", "");
		Page.of(mvc.perform(post(SignInCompletion.ENROL).session(session).with(csrf()).param("code", code(secret)))
			.andExpect(status().isOk()).andReturn())
			.contains("id=\"recovery-codes\"");
		mvc.perform(post("/konto/zwei-faktor/weiter").session(session).with(csrf())).andExpect(redirectedUrl("/amt"));
		mvc.perform(get("/amt").session(session)).andExpect(status().isOk());
		assertThat(people.reload(caseworker).totpSecret()).isEqualTo(secret);
	}

	@Test
	void fiveWrongCodesEndTheSignInAndDoNotStartAfresh() throws Exception {
		Account caseworker = people.caseworker(unique("vertippt"), people.unit("Ordnungsamt").id());
		String secret = new StaffFixtures(context).enrolAuthenticator(caseworker);
		MockHttpSession session = new MockHttpSession();
		String address = ClientAddresses.fresh();
		signIn(caseworker, session, address).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));

		for (int i = 1; i <= 4; i++) {
			Page.of(mvc.perform(post(SignInCompletion.ENTER_CODE).session(session).with(csrf()).param("code", wrongCode(secret)))
				.andExpect(status().isOk()).andReturn())
				.contains("Der Code ist nicht richtig.");
		}
		mvc.perform(post(SignInCompletion.ENTER_CODE).session(session).with(csrf()).param("code", wrongCode(secret)))
			.andExpect(redirectedUrl("/konto/anmelden?fehler=throttled"));
		mvc.perform(get(SignInCompletion.ENTER_CODE).session(session)).andExpect(redirectedUrl("/konto/anmelden"));
		mvc.perform(get("/amt").session(session)).andExpect(redirectedUrl("/konto/anmelden"));
		assertThat(stored.count("select count(*) from audit_entry where action = 'sign-in.failed' and actor = ? and details = 'wrong-code'",
				caseworker.id().toString())).isEqualTo(5);

		// signing in again does not buy five more guesses: the account is locked like after five wrong passwords
		MockHttpSession again = new MockHttpSession();
		signIn(caseworker, again, address).andExpect(redirectedUrl("/konto/anmelden?fehler=throttled"));
		clock.advance(Duration.ofMinutes(16));
		signIn(caseworker, again, address).andExpect(redirectedUrl(SignInCompletion.ENTER_CODE));
	}

	@Test
	void noSessionOutlivesTwelveHours() throws Exception {
		Account citizen = people.citizen(unique("dauergast"));
		MockHttpSession session = new MockHttpSession();
		signIn(citizen, session).andExpect(redirectedUrl("/konto"));

		clock.advance(Duration.ofHours(11).plusMinutes(59));
		mvc.perform(get("/konto").session(session)).andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(2));
		mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl("/konto/anmelden?abgelaufen"));
		assertThat(session.isInvalid()).isTrue();

		Page.of(mvc.perform(get("/konto/anmelden").param("abgelaufen", "")).andExpect(status().isOk()).andReturn())
			.contains("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.");
		mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl("/konto/anmelden"));
	}

	private ResultActions signIn(Account account, MockHttpSession session) throws Exception {
		return signIn(account, session, ClientAddresses.fresh());
	}

	private ResultActions signIn(Account account, MockHttpSession session, String address)
			throws Exception {
		return mvc.perform(post("/konto/anmelden").session(session).with(csrf()).with(ClientAddresses.from(address))
			.param("email", account.email())
			.param("password", TestAccounts.PASSWORD));
	}

	private long signInsRecorded(Account account) {
		return stored.count("select count(*) from audit_entry where action = 'sign-in' and actor = ?", account.id().toString());
	}

	/** The code an authenticator app shows now. */
	private static String code(String secret) throws Exception {
		return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
	}

	/** Six digits that are none of the codes accepted now (the current, previous and next period). */
	private static String wrongCode(String secret) throws Exception {
		long period = Instant.now().getEpochSecond() / 30;
		DefaultCodeGenerator generator = new DefaultCodeGenerator();
		Set<String> valid = Set.of(generator.generate(secret, period - 1), generator.generate(secret, period),
				generator.generate(secret, period + 1));
		for (int candidate = 0;; candidate++) {
			String code = "%06d".formatted((candidate * 7919 + 123456) % 1_000_000);
			if (!valid.contains(code)) {
				return code;
			}
		}
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example";
	}
}
