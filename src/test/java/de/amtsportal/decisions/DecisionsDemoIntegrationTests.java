package de.amtsportal.decisions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's decision templates: both languages with a Rechtsbehelfsbelehrung, passing the placeholder check. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DecisionsDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "bewohnerparkausweis", "anzeige-brunnenbohrung" })
	void theDemoServicesHaveDecisionTemplatesInBothLanguages(String slug) throws Exception {
		var service = context.getBean(Catalog.class).find(slug).orElseThrow();
		assertThat(jdbc.queryForList("select language from decision_template where service_id = ? order by language", String.class,
				service.id())).containsExactly("de", "en");
		Account editor = new TestAccounts(context).administrator(TestAccounts.unique("redaktion"));
		mvc.perform(get("/amt/leistungen/" + service.id() + "/bescheidvorlagen").with(new TestAccounts(context).signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("{{antragsteller.name}},"), containsString("Widerspruch"),
					containsString("lodge an objection"))));
	}
}
