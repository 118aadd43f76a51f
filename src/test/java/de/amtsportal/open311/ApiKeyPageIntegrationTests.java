package de.amtsportal.open311;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.open311.internal.ApiClients;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create keys for Open311 clients (the key is shown once and stored only as a hash), see them
 * listed by name and prefix, and revoke them — each step in the audit trail. Nobody else may.
 */
@IntegrationTest
class ApiKeyPageIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(o311_[A-Za-z0-9_-]+)</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiClients clients;

	TestAccounts people;
	Account administrator;
	RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		administrator = people.administrator(TestAccounts.unique("admin"));
		admin = people.signedIn(administrator);
	}

	@Test
	void aKeyIsShownOnceStoredAsAHashAndCanBeRevoked() throws Exception {
		String name = "Stadtplan-App " + UUID.randomUUID().toString().substring(0, 6);
		String page = mvc.perform(post("/amt/admin/open311").with(admin).with(csrf())
				.param("name", name).param("requestsPerMinute", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Schlüssel für „" + name + "“ angelegt"),
					containsString("nur dieses eine Mal angezeigt"))))
			.andReturn().getResponse().getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as(page).isTrue();
		String key = secret.group(1);

		Map<String, Object> row = jdbc.queryForMap("select * from open311_api_key where name = ?", name);
		assertThat(row.toString()).doesNotContain(key);
		assertThat(row.get("key_hash").toString()).hasSize(64);
		assertThat(row.get("requests_per_minute")).isEqualTo(60);
		assertThat(clients.byKey(key)).hasValueSatisfying(client -> assertThat(client.name()).isEqualTo(name));

		UUID id = (UUID) row.get("id");
		mvc.perform(get("/amt/admin/open311").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString(key.substring(0, 11) + "…"), not(containsString(key)),
					containsString("action=\"/amt/admin/open311/" + id + "/widerrufen\""))));
		mvc.perform(get("/amt/admin").with(admin)).andExpect(content().string(containsString("href=\"/amt/admin/open311\"")));

		mvc.perform(post("/amt/admin/open311/" + id + "/widerrufen").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/amt/admin/open311"));
		assertThat(clients.byKey(key)).isEmpty();
		mvc.perform(get("/amt/admin/open311").with(admin)).andExpect(content().string(allOf(containsString("widerrufen"),
				not(containsString("action=\"/amt/admin/open311/" + id + "/widerrufen\"")))));

		String actor = administrator.id().toString();
		assertThat(jdbc.queryForList("select action from audit_entry where subject = ? and actor = ? order by seq", String.class,
				id.toString(), actor)).containsExactly("open311-key.created", "open311-key.revoked");
	}

	@Test
	void theFormNamesWhatIsMissingInGermanAndEnglish() throws Exception {
		mvc.perform(post("/amt/admin/open311").with(admin).with(csrf()).param("name", " ").param("requestsPerMinute", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte geben Sie einen Namen ein."),
					containsString("Bitte geben Sie eine ganze Zahl von 1 bis 10.000 ein."), containsString("href=\"#name\""))));
		mvc.perform(get("/amt/admin/open311").param("lang", "en").with(admin))
			.andExpect(content().string(allOf(containsString("Keys for the Open311 interface"), containsString("Requests per minute"))));
	}

	@Test
	void onlyAdministratorsManageKeys() throws Exception {
		RequestPostProcessor caseworker = people.signedIn(people.caseworker(TestAccounts.unique("sachbearbeitung"),
				people.unit("Tiefbauamt").id()));
		mvc.perform(get("/amt/admin/open311").with(caseworker)).andExpect(status().isForbidden());
		mvc.perform(post("/amt/admin/open311").with(caseworker).with(csrf()).param("name", "Heimlich").param("requestsPerMinute", "5"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from open311_api_key where name = 'Heimlich'", Integer.class)).isZero();
	}
}
