package de.amtsportal.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Accounts;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.Organisations;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every administrative change lands in the audit trail, which can be filtered and checked for tampering. */
@IntegrationTest
class AuditTrailPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail audit;

	TestAccounts accounts;
	Account admin;
	RequestPostProcessor asAdmin;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		accounts.unit("Bürgeramt " + UUID.randomUUID()); // the authority exists
		admin = accounts.administrator("admin-" + suffix() + "@teststadt.example");
		asAdmin = accounts.signedIn(admin);
	}

	@Test
	void everyAdministrativeChangeIsInTheAuditTrail() throws Exception {
		String unitName = "Umweltamt " + suffix();
		change("/amt/admin/organisationen/fachbereiche/neu", Map.of("name", unitName));
		UUID unit = context.getBean(Directory.class).orgUnits().stream().filter(u -> u.name().equals(unitName))
			.findFirst().orElseThrow().id();
		change("/amt/admin/organisationen/fachbereiche/" + unit, Map.of("name", unitName + " Nord"));
		String institutionName = "OSZ Bau " + suffix();
		change("/amt/admin/organisationen/einrichtungen/neu", Map.of("name", institutionName));
		UUID institution = context.getBean(Organisations.class).findByKindOrderByName(Organisation.Kind.INSTITUTION)
			.stream().filter(o -> o.name().equals(institutionName)).findFirst().orElseThrow().id();
		change("/amt/admin/organisationen/einrichtungen/" + institution, Map.of("name", institutionName + " und Umwelt"));
		String email = "eingeladen-" + suffix() + "@teststadt.example";
		change("/amt/admin/mitarbeitende/neu", Map.of("email", email, "givenName", "Ina", "familyName", "Ilse",
				"language", "de", "formEditor", "true"));
		UUID person = context.getBean(Accounts.class).findByEmail(email).orElseThrow().id();
		change("/amt/admin/mitarbeitende/" + person + "/rollen", Map.of("caseworkerUnits", unit.toString()));
		change("/amt/admin/mitarbeitende/" + person + "/einladung", Map.of());
		change("/amt/admin/mitarbeitende/" + person + "/status", Map.of("active", "false"));
		change("/amt/admin/mitarbeitende/" + person + "/status", Map.of("active", "true"));

		Map<String, UUID> expected = Map.of("org-unit.created", unit, "org-unit.updated", unit, "institution.created",
				institution, "institution.renamed", institution, "account.invited", person, "account.roles-changed", person,
				"account.invitation-resent", person, "account.disabled", person, "account.enabled", person);
		for (var entry : expected.entrySet()) {
			mvc.perform(get("/amt/admin/protokoll").param("action", entry.getKey()).param("actor", admin.id().toString())
				.with(asAdmin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(entry.getValue().toString())))
				.andExpect(content().string(containsString("<code>" + entry.getKey() + "</code>")))
				// the known actions are offered in the filter
				.andExpect(content().string(containsString("<option value=\"" + entry.getKey() + "\">")));
		}
		// another action filters them out
		mvc.perform(get("/amt/admin/protokoll").param("action", "institution.created").param("actor", admin.id().toString())
			.with(asAdmin))
			.andExpect(content().string(not(containsString(person.toString()))));
	}

	@Test
	void entriesCanBeFilteredByDate() throws Exception {
		String unitName = "Bauamt " + suffix();
		change("/amt/admin/organisationen/fachbereiche/neu", Map.of("name", unitName));
		LocalDate today = LocalDate.now(AuditTrail.TIME_ZONE);

		mvc.perform(get("/amt/admin/protokoll").param("actor", admin.id().toString())
			.param("from", today.toString()).param("to", today.toString()).with(asAdmin))
			.andExpect(content().string(containsString("<code>org-unit.created</code>")));
		// typed as a German date where the browser offers no date picker
		mvc.perform(get("/amt/admin/protokoll").param("actor", admin.id().toString())
			.param("from", today.format(DateTimeFormatter.ofPattern("d.M.yyyy"))).with(asAdmin))
			.andExpect(content().string(containsString("<code>org-unit.created</code>")));
		mvc.perform(get("/amt/admin/protokoll").param("actor", admin.id().toString())
			.param("to", today.minusDays(1).toString()).with(asAdmin))
			.andExpect(content().string(containsString("Keine Einträge gefunden.")));

		mvc.perform(get("/amt/admin/protokoll").param("from", "31.02.2026").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#from\"")))
			.andExpect(content().string(containsString("Bitte geben Sie ein gültiges Datum ein")));
		mvc.perform(get("/amt/admin/protokoll").param("from", today.toString()).param("to", today.minusDays(1).toString())
			.with(asAdmin))
			.andExpect(content().string(containsString("Das Bis-Datum darf nicht vor dem Von-Datum liegen.")));
	}

	@Test
	void theListIsPagedNewestFirstAndKeepsTheFilter() throws Exception {
		String action = "test.paging-" + suffix();
		for (int i = 1; i <= AuditTrailPage.PAGE_SIZE + 1; i++) {
			audit.record(new AuditEvent("system", action, "eintrag-" + i, null));
		}
		String first = mvc.perform(get("/amt/admin/protokoll").param("action", action).with(asAdmin))
			.andExpect(content().string(containsString("(51)")))
			.andExpect(content().string(containsString("href=\"/amt/admin/protokoll?action=" + action + "&amp;page=1\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(first).contains(">eintrag-51<").contains(">eintrag-2<").doesNotContain(">eintrag-1<");
		assertThat(first.indexOf(">eintrag-51<")).isLessThan(first.indexOf(">eintrag-50<"));
		mvc.perform(get("/amt/admin/protokoll").param("action", action).param("page", "1").with(asAdmin))
			.andExpect(content().string(containsString(">eintrag-1<")))
			.andExpect(content().string(not(containsString(">eintrag-2<"))));
	}

	@Test
	void checkingTheChainFindsATamperedEntry() throws Exception {
		OrgUnit unit = accounts.unit("Kämmerei " + suffix());
		change("/amt/admin/organisationen/fachbereiche/" + unit.id(), Map.of("name", unit.name() + " Süd"));
		mvc.perform(get("/amt/admin/protokoll/pruefung").with(asAdmin))
			.andExpect(content().string(containsString("Die Kette ist intakt")));

		Map<String, Object> row = jdbc.queryForMap(
				"select seq, details from audit_entry where action = 'org-unit.updated' and subject = ?", unit.id().toString());
		long seq = ((Number) row.get("seq")).longValue();
		jdbc.update("update audit_entry set details = ? where seq = ?", "nachträglich geändert", seq);
		try {
			mvc.perform(get("/amt/admin/protokoll/pruefung").with(asAdmin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Die Kette ist ab Eintrag Nr. " + seq + " unterbrochen")))
				.andExpect(content().string(containsString("nachträglich geändert")))
				.andExpect(content().string(containsString("<code>org-unit.updated</code>")))
				.andExpect(content().string(not(containsString("Die Kette ist intakt"))));
		}
		finally {
			// the application context and its database are shared with other tests: leave the chain intact
			jdbc.update("update audit_entry set details = ? where seq = ?", row.get("details"), seq);
		}
		mvc.perform(get("/amt/admin/protokoll/pruefung").with(asAdmin))
			.andExpect(content().string(containsString("Die Kette ist intakt")));
	}

	/** A change through a page, as the administrator would make it. */
	private void change(String path, Map<String, String> params) throws Exception {
		var request = post(path).with(csrf()).with(asAdmin);
		params.forEach(request::param);
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
