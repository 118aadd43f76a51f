package de.amtsportal.decisions;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template editor: in German and English, placeholders listed and checked on saving (unknown ones named in
 * a field message), limits, text shown as text, every save audited, and only for those who edit the catalogue.
 */
@IntegrationTest
class TemplatePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts people;
	Account editor;
	UUID serviceId;
	String page;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		OrgUnit unit = people.unit("Ordnungsamt");
		String slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		serviceId = context.getBean(Catalog.class).find(slug).orElseThrow().id();
		editor = people.administrator(TestAccounts.unique("redaktion"));
		page = "/amt/leistungen/" + serviceId + "/bescheidvorlagen";
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theEditorListsThePlaceholdersOfTheServicesForm(Language language) throws Exception {
		mvc.perform(get(page).with(people.signedIn(editor)).with(language.browser())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(language.pick("Bescheidvorlage", "Decision template")),
					containsString("{{antragsteller.name}}"), containsString("{{feld:beschreibung}}"),
					containsString("{{feld:vorname}}"), containsString(language.pick("Rechtsbehelfsbelehrung", "Information on legal remedies")),
					containsString(language.pick("Vorlage speichern", "Save template")))));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void unknownPlaceholdersAreNamedAndNothingIsSaved(Language language) throws Exception {
		mvc.perform(save(language, "Bescheid {{aktenzeichen}}", "Hallo {{antragsteller.vorname}}, {{feld:gibtsnicht}} {{feld:vorname}}", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(language.pick("Unbekannte Platzhalter", "Unknown placeholders")),
					containsString("antragsteller.vorname, feld:gibtsnicht"), containsString("href=\"#bodyDe\""),
					containsString("aria-invalid=\"true\""))));
		mvc.perform(save(language, "Bescheid", "Offene {{Klammer", "")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Unbekannte Platzhalter: {{".replace("Unbekannte Platzhalter", language.pick("Unbekannte Platzhalter", "Unknown placeholders")))));
		assertThat(templates()).isZero();
	}

	@Test
	void limitsAndRequiredFieldsHaveFieldMessages() throws Exception {
		mvc.perform(save(Language.GERMAN, "", "Text", "")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte füllen Sie dieses Feld aus."), containsString("href=\"#titleDe\""))));
		mvc.perform(save(Language.GERMAN, "Bescheid", "x".repeat(20_001), "")).andExpect(status().isOk())
			.andExpect(content().string(containsString("höchstens 20000 Zeichen")));
		mvc.perform(save(Language.ENGLISH, "Bescheid", "Text", "y".repeat(5_001))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("at most 5000 characters"), containsString("href=\"#legalRemedyDe\""))));
		mvc.perform(save(Language.GERMAN, "Bescheid", "Text", "").param("titleEn", "Decision")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#bodyEn\"")));
		assertThat(templates()).isZero();
	}

	@Test
	void markupIsTextAndSavingIsAudited() throws Exception {
		String body = "Ihr Antrag <b>ist</b> genehmigt. <script>alert('x')</script> {{leistung}}";
		mvc.perform(save(Language.GERMAN, "Bescheid", body, "Widerspruch binnen eines Monats.").param("titleEn", "Decision")
			.param("bodyEn", "Your application is approved."))
			.andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", "decisions.template.saved"));

		mvc.perform(get(page).with(people.signedIn(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ihr Antrag &lt;b&gt;ist&lt;/b&gt; genehmigt. &lt;script&gt;"),
					not(containsString("<script>alert")), containsString("Your application is approved."))));
		assertThat(templates()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'decisions.template-saved' and subject = ?",
				Integer.class, serviceId.toString())).isEqualTo(1);

		// emptying the English fields removes the translation
		mvc.perform(save(Language.GERMAN, "Bescheid", body, "")).andExpect(redirectedUrl(page));
		assertThat(templates()).isEqualTo(1);
	}

	@Test
	void onlyThoseWhoEditTheCatalogue() throws Exception {
		Account caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), people.unit("Bauamt").id());
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(status().isForbidden());
		mvc.perform(post(page).with(people.signedIn(caseworker)).with(csrf()).param("titleDe", "Bescheid").param("bodyDe", "Text"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/amt/leistungen/" + UUID.randomUUID() + "/bescheidvorlagen").with(people.signedIn(editor)))
			.andExpect(status().isNotFound());
		assertThat(templates()).isZero();
	}

	private MockHttpServletRequestBuilder save(Language language, String title, String body, String legalRemedy) {
		return post(page).with(people.signedIn(editor)).with(csrf()).with(language.browser()).param("titleDe", title)
			.param("bodyDe", body).param("legalRemedyDe", legalRemedy);
	}

	private int templates() {
		return jdbc.queryForObject("select count(*) from decision_template where service_id = ?", Integer.class, serviceId);
	}
}
