package de.amtsportal.identity.internal;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.access.Role;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an administrator changes holds at once in the sessions the person already has open. */
@IntegrationTest
class SessionAccountCheckIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	TestAccounts accounts;
	RequestPostProcessor asAdmin;
	OrgUnit unit;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		asAdmin = accounts.signedIn(accounts.administrator(unique("admin")));
		unit = accounts.unit("Bürgeramt " + UUID.randomUUID());
	}

	@Test
	void aDeactivatedAccountsSessionEndsWithItsNextRequest() throws Exception {
		Account reviewer = accounts.create(unique("pruefung"), Membership.inUnit(Role.REVIEWER, unit.id()));
		RequestPostProcessor session = accounts.signedIn(reviewer);
		mvc.perform(get("/amt").with(session)).andExpect(status().isOk());

		mvc.perform(post("/amt/admin/mitarbeitende/" + reviewer.id() + "/status").with(csrf()).with(asAdmin)
			.param("active", "false"))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + reviewer.id()));
		mvc.perform(get("/amt").with(session)).andExpect(redirectedUrl("/konto/anmelden?fehler=disabled"));
	}

	@Test
	void grantedAndWithdrawnRolesTakeEffectInTheRunningSession() throws Exception {
		Account editor = accounts.create(unique("redaktion"), Membership.global(Role.FORM_EDITOR));
		RequestPostProcessor session = accounts.signedIn(editor);
		mvc.perform(get("/amt/kontaktanfragen").with(session)).andExpect(status().isForbidden());

		mvc.perform(post("/amt/admin/mitarbeitende/" + editor.id() + "/rollen").with(csrf()).with(asAdmin)
			.param("formEditor", "true").param("caseworkerUnits", unit.id().toString()))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + editor.id()));
		mvc.perform(get("/amt/kontaktanfragen").with(session)).andExpect(status().isOk());

		mvc.perform(post("/amt/admin/mitarbeitende/" + editor.id() + "/rollen").with(csrf()).with(asAdmin)
			.param("formEditor", "true"))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + editor.id()));
		mvc.perform(get("/amt/kontaktanfragen").with(session)).andExpect(status().isForbidden());
		mvc.perform(get("/amt").with(session)).andExpect(status().isOk());
	}

	@Test
	void aCitizenWhoBecomesStaffSignsInAgainWithASecondFactor() throws Exception {
		Account citizen = accounts.citizen(unique("aufstieg"));
		RequestPostProcessor session = accounts.signedIn(citizen);
		mvc.perform(post("/amt/admin/mitarbeitende/" + citizen.id() + "/rollen").with(csrf()).with(asAdmin)
			.param("caseworkerUnits", unit.id().toString()))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + citizen.id()));
		assertThat(accounts.reload(citizen).roles()).containsExactlyInAnyOrder(Role.CITIZEN, Role.CASEWORKER);
		mvc.perform(get("/konto").with(session)).andExpect(redirectedUrl("/konto/anmelden?abgelaufen"));
	}

	@Test
	void anUnchangedSessionGoesOnAsBefore() throws Exception {
		Account citizen = accounts.citizen(unique("bleibt"));
		mvc.perform(get("/konto").with(accounts.signedIn(citizen))).andExpect(status().isOk());
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example";
	}
}
