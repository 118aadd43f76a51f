package de.amtsportal.identity.web.admin;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.Organisations;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static de.amtsportal.identity.web.admin.AdminAccessIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding and changing org units and institutions through the administration pages. */
@IntegrationTest
class OrganisationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	Organisations organisations;

	TestAccounts accounts;
	RequestPostProcessor asAdmin;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		accounts.unit("Bürgeramt " + UUID.randomUUID()); // the authority exists
		asAdmin = accounts.signedIn(accounts.administrator(unique("admin")));
	}

	@Test
	void anAddedUnitIsListedAndCanBeEdited() throws Exception {
		String name = "Jugendamt " + suffix();
		MvcResult added = mvc.perform(post("/amt/admin/organisationen/fachbereiche/neu").with(csrf()).with(asAdmin)
			.param("name", "  " + name + " ").param("contactEmail", "jugendamt@teststadt.example"))
			.andExpect(redirectedUrl("/amt/admin/organisationen"))
			.andExpect(flash().attribute("confirmation", "admin.confirm.unit-added"))
			.andReturn();
		mvc.perform(get("/amt/admin/organisationen").with(asAdmin).flashAttrs(added.getFlashMap()))
			.andExpect(content().string(containsString("Der Fachbereich „" + name + "“ wurde angelegt.")))
			.andExpect(content().string(containsString("<th scope=\"row\" class=\"kern-table__cell\">" + name + "</th>")))
			.andExpect(content().string(containsString("jugendamt@teststadt.example")));
		OrgUnitView unit = unitNamed(name);

		String renamed = "Jugend und Familie " + suffix();
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/" + unit.id()).with(csrf()).with(asAdmin)
			.param("name", renamed).param("contactEmail", ""))
			.andExpect(redirectedUrl("/amt/admin/organisationen"))
			.andExpect(flash().attribute("confirmation", "admin.confirm.unit-updated"));
		OrgUnitView changed = directory.orgUnit(unit.id()).orElseThrow();
		assertThat(changed.name()).isEqualTo(renamed);
		assertThat(changed.contactEmail()).isNull();
	}

	@Test
	void unitNamesMustBeGivenValidAndUnique() throws Exception {
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/neu").with(csrf()).with(asAdmin)
			.param("name", " ").param("contactEmail", "kein-at-zeichen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie den Namen des Fachbereichs ein.")))
			.andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse ein")))
			.andExpect(content().string(containsString("aria-describedby=\"contactEmail-hint contactEmail-error\"")));
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/neu").with(csrf()).with(asAdmin)
			.param("name", "x".repeat(201)))
			.andExpect(content().string(containsString("Der Name darf höchstens 200 Zeichen lang sein.")));

		String name = "Ordnungsamt " + suffix();
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/neu").with(csrf()).with(asAdmin).param("name", name))
			.andExpect(redirectedUrl("/amt/admin/organisationen"));
		// the same name in other letter case is the same unit for citizens
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/neu").with(csrf()).with(asAdmin)
			.param("name", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Diesen Namen gibt es schon.")));

		// renaming another unit to a taken name is refused as well
		OrgUnit other = accounts.unit("Standesamt " + suffix());
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/" + other.id()).with(csrf()).with(asAdmin).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diesen Namen gibt es schon.")));
		assertThat(directory.orgUnit(other.id()).orElseThrow().name()).isEqualTo(other.name());
		// keeping one's own name while changing the address is fine
		mvc.perform(post("/amt/admin/organisationen/fachbereiche/" + other.id()).with(csrf()).with(asAdmin)
			.param("name", other.name()).param("contactEmail", "standesamt@teststadt.example"))
			.andExpect(redirectedUrl("/amt/admin/organisationen"));
	}

	@Test
	void institutionsAreAddedAndRenamedWithUniqueNames() throws Exception {
		String name = "OSZ Gesundheit " + suffix();
		mvc.perform(post("/amt/admin/organisationen/einrichtungen/neu").with(csrf()).with(asAdmin).param("name", name))
			.andExpect(redirectedUrl("/amt/admin/organisationen"))
			.andExpect(flash().attribute("confirmation", "admin.confirm.institution-added"));
		Organisation institution = organisations.findByKindOrderByName(Organisation.Kind.INSTITUTION).stream()
			.filter(o -> o.name().equals(name)).findFirst().orElseThrow();

		mvc.perform(post("/amt/admin/organisationen/einrichtungen/neu").with(csrf()).with(asAdmin).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diesen Namen gibt es schon.")));
		mvc.perform(post("/amt/admin/organisationen/einrichtungen/neu").with(csrf()).with(asAdmin).param("name", ""))
			.andExpect(content().string(containsString("Bitte geben Sie den Namen der Einrichtung ein.")));
		mvc.perform(post("/amt/admin/organisationen/einrichtungen/neu").with(csrf()).with(asAdmin).param("name", "!!!"))
			.andExpect(content().string(containsString("mindestens einen Buchstaben oder eine Ziffer")));

		Organisation other = accounts.institution("OSZ Technik " + suffix());
		mvc.perform(post("/amt/admin/organisationen/einrichtungen/" + other.id()).with(csrf()).with(asAdmin).param("name", name))
			.andExpect(content().string(containsString("Diesen Namen gibt es schon.")));

		String renamed = "Oberstufenzentrum Gesundheit " + suffix();
		mvc.perform(post("/amt/admin/organisationen/einrichtungen/" + institution.id()).with(csrf()).with(asAdmin)
			.param("name", renamed))
			.andExpect(redirectedUrl("/amt/admin/organisationen"))
			.andExpect(flash().attribute("confirmation", "admin.confirm.institution-renamed"));
		assertThat(organisations.findById(institution.id()).orElseThrow().name()).isEqualTo(renamed);
	}

	@Test
	void unknownRecordsAreNotFound() throws Exception {
		mvc.perform(get("/amt/admin/organisationen/fachbereiche/" + UUID.randomUUID()).with(asAdmin))
			.andExpect(status().isNotFound());
		mvc.perform(get("/amt/admin/organisationen/einrichtungen/" + UUID.randomUUID()).with(asAdmin))
			.andExpect(status().isNotFound());
		mvc.perform(get("/amt/admin/mitarbeitende/" + UUID.randomUUID()).with(asAdmin)).andExpect(status().isNotFound());
	}

	private OrgUnitView unitNamed(String name) {
		return directory.orgUnits().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
