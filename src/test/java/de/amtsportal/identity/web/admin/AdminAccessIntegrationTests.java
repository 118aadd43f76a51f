package de.amtsportal.identity.web.admin;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.audit.AuditTrail.AuditQuery;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.OrganisationAdministration;
import de.amtsportal.identity.internal.StaffAdministration;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who gets into the administration: administrators do, caseworkers and citizens get 403 on every page and form. */
@IntegrationTest
class AdminAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganisationAdministration organisations;

	@Autowired
	StaffAdministration staff;

	@Autowired
	AuditTrail audit;

	TestAccounts accounts;
	Account admin;
	OrgUnit unit;
	Organisation institution;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		admin = accounts.administrator(unique("admin"));
		unit = accounts.unit("Bürgeramt " + UUID.randomUUID());
		institution = accounts.institution("OSZ Technik " + UUID.randomUUID());
	}

	@Test
	void everyPageRendersForAnAdministrator() throws Exception {
		RequestPostProcessor asAdmin = accounts.signedIn(admin);
		mvc.perform(get("/amt/admin").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/amt/admin/organisationen\"")))
			.andExpect(content().string(containsString("href=\"/amt/admin/mitarbeitende\"")))
			.andExpect(content().string(containsString("href=\"/amt/admin/protokoll\"")))
			// the outbox exists only in the demo run
			.andExpect(content().string(not(containsString("href=\"/amt/admin/postausgang\""))));
		mvc.perform(get("/amt/admin/organisationen").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString(unit.name())))
			.andExpect(content().string(containsString(institution.name())));
		mvc.perform(get("/amt/admin/organisationen/fachbereiche/neu").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Fachbereich hinzufügen")));
		mvc.perform(get("/amt/admin/organisationen/fachbereiche/" + unit.id()).with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + unit.contactEmail() + "\"")));
		mvc.perform(get("/amt/admin/organisationen/einrichtungen/neu").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Einrichtung hinzufügen")));
		mvc.perform(get("/amt/admin/organisationen/einrichtungen/" + institution.id()).with(asAdmin))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + institution.name() + "\"")));
		mvc.perform(get("/amt/admin/mitarbeitende").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString(admin.email())));
		mvc.perform(get("/amt/admin/mitarbeitende/neu").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"caseworkerUnits\" id=\"caseworker-" + unit.id())))
			.andExpect(content().string(containsString("value=\"" + institution.id() + ":Lehrkraft\"")));
		mvc.perform(get("/amt/admin/mitarbeitende/" + admin.id()).with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Rollen ändern")));
		mvc.perform(get("/amt/admin/protokoll").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kette prüfen")));
		mvc.perform(get("/amt/admin/protokoll/pruefung").with(asAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Kette ist intakt")));
	}

	@Test
	void pagesSpeakEnglishToo() throws Exception {
		mvc.perform(get("/amt/admin/mitarbeitende/neu").param("lang", "en").with(accounts.signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invite a person")))
			.andExpect(content().string(containsString("School management")));
	}

	@Test
	void caseworkersAndCitizensAreTurnedAwayFromEveryPageAndForm() throws Exception {
		Account caseworker = accounts.caseworker(unique("sachbearbeitung"), unit.id());
		Account citizen = accounts.citizen(unique("buergerin"));
		List<String> pages = List.of("/amt/admin", "/amt/admin/organisationen", "/amt/admin/organisationen/fachbereiche/neu",
				"/amt/admin/organisationen/fachbereiche/" + unit.id(), "/amt/admin/organisationen/einrichtungen/neu",
				"/amt/admin/organisationen/einrichtungen/" + institution.id(), "/amt/admin/mitarbeitende",
				"/amt/admin/mitarbeitende/neu", "/amt/admin/mitarbeitende/" + admin.id(), "/amt/admin/protokoll",
				"/amt/admin/protokoll/pruefung", "/amt/admin/postausgang");
		List<String> forms = List.of("/amt/admin/organisationen/fachbereiche/neu",
				"/amt/admin/organisationen/fachbereiche/" + unit.id(), "/amt/admin/organisationen/einrichtungen/neu",
				"/amt/admin/organisationen/einrichtungen/" + institution.id(), "/amt/admin/mitarbeitende/neu",
				"/amt/admin/mitarbeitende/" + admin.id() + "/rollen", "/amt/admin/mitarbeitende/" + admin.id() + "/status",
				"/amt/admin/mitarbeitende/" + admin.id() + "/einladung");
		for (Account outsider : List.of(caseworker, citizen)) {
			for (String page : pages) {
				mvc.perform(get(page).with(accounts.signedIn(outsider))).andExpect(status().isForbidden());
			}
			for (String form : forms) {
				mvc.perform(post(form).with(csrf()).with(accounts.signedIn(outsider)).param("name", "Übernahme")
					.param("active", "false")).andExpect(status().isForbidden());
			}
		}
		// nothing changed behind the refusals
		mvc.perform(get("/amt/admin/organisationen").with(accounts.signedIn(admin)))
			.andExpect(content().string(not(containsString("Übernahme"))));
	}

	@Test
	void theDevOutboxDoesNotExistOutsideTheDemoRun() throws Exception {
		mvc.perform(get("/amt/admin/postausgang").with(accounts.signedIn(admin))).andExpect(status().isNotFound());
	}

	/** The services refuse on their own, so a page that forgot its URL rule could not leak anything. */
	@Test
	@WithMockUser(authorities = { Permissions.BACK_OFFICE, Permissions.CONTACT_READ })
	void theServicesCheckThePermissionThemselves() {
		assertThatThrownBy(() -> organisations.overview()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organisations.addUnit("Hintertür", null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> staff.staff(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> staff.setActive(admin.id(), false)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> audit.search(new AuditQuery(null, null, null, null), Pageable.ofSize(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example";
	}
}
