package de.amtsportal.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A new user starts the demo and signs in with each demo account from the README: each lands on its start
 * page and sees the navigation of its role; staff may skip TOTP enrolment only because this is the demo.
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DemoAccountsIntegrationTests {

	static final String PASSWORD = "Demo-Zugang-2026!";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "buerger@musterstadt.example, /konto, Mein Konto, Amtsstube",
			"schulleitung@osz-technik.example, /intranet, Intranet, Amtsstube",
			"sachbearbeitung@musterstadt.example, /amt, Kontaktanfragen, Verwaltung",
			"formulare@musterstadt.example, /amt, Amtsstube, Kontaktanfragen",
			"pruefung@musterstadt.example, /amt, Amtsstube, Verwaltung",
			"admin@musterstadt.example, /amt, Verwaltung, Registrieren" })
	void eachDemoAccountSignsInAndSeesTheNavigationOfItsRole(String email, String home, String visible, String hidden)
			throws Exception {
		MvcResult signIn = mvc.perform(formLogin("/konto/anmelden").userParameter("email").user(email).password(PASSWORD))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
		String target = signIn.getResponse().getRedirectedUrl();
		if ("/konto/zwei-faktor/einrichten".equals(target)) {
			String enrolment = mvc.perform(get(target).session(session)).andReturn().getResponse().getContentAsString();
			assertThat(enrolment).contains("nur Demo");
			target = mvc.perform(post("/konto/zwei-faktor/ueberspringen").with(csrf()).session(session))
				.andReturn().getResponse().getRedirectedUrl();
		}
		assertThat(target).isEqualTo(home);
		String page = mvc.perform(get(home).session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(">" + visible + "<").contains("Abmelden").doesNotContain(">" + hidden + "<");
	}
}
