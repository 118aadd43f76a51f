package de.amtsportal.web;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every page tells the browser (no inline scripts, no framing, no sniffing, little referrer, HSTS on
 * https, no caching of personal pages), and what the portal does not expose (actuator beyond health).
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class SecurityHeadersIntegrationTests {

	static final String[] PAGES = { "/", "/konto/anmelden", "/konto/registrieren", "/kontakt", "/impressum",
			"/datenschutz", "/barrierefreiheit", "/konto/passwort-vergessen", "/meldungen", "/meldungen/neu" };

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void pagesForbidInlineScriptsFramingAndSniffing() throws Exception {
		for (String path : PAGES) {
			MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			String policy = result.getResponse().getHeader("Content-Security-Policy");
			assertThat(policy).as("CSP of %s", path).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(directive(policy, "script-src")).as("scripts of %s", path).isEqualTo("script-src 'self'");
			assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
			assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
			assertThat(directive(policy, "img-src")).as("images of %s: the portal and the map tiles only", path)
				.isEqualTo("img-src 'self' data: https://sgx.geodatenzentrum.de");
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(result.getResponse().getHeader("Strict-Transport-Security")).as("no HSTS over plain http").isNull();

			// the pages work under that policy: no inline script, event handler or style attribute
			String html = Page.of(result).html();
			assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContainPattern("\\son[a-z]+=\"")
				.doesNotContainPattern("\\sstyle=\"");
		}
	}

	@Test
	void httpsResponsesCarryHsts() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void personalPagesAreNotCached() throws Exception {
		TestAccounts people = new TestAccounts(context);
		Account citizen = people.citizen("cache-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		for (String path : new String[] { "/konto", "/konto/daten", "/konto/passwort-aendern" }) {
			mvc.perform(get(path).with(people.signedIn(citizen)))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("no-store")));
		}
	}

	@Test
	void onlyTheHealthEndpointIsPublic() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(content().string(not(containsString("db"))));

		TestAccounts people = new TestAccounts(context);
		Account administrator = people.administrator("ops-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example");
		for (String endpoint : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics",
				"/actuator/info", "/actuator/health/db" }) {
			assertThat(mvc.perform(get(endpoint)).andReturn().getResponse().getStatus())
				.as("%s anonymously", endpoint).isIn(302, 401, 403, 404);
			assertThat(mvc.perform(get(endpoint).with(people.signedIn(administrator))).andReturn().getResponse().getStatus())
				.as("%s as administrator", endpoint).isIn(403, 404);
		}
	}

	private static String directive(String policy, String name) {
		return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst().orElse("");
	}
}
