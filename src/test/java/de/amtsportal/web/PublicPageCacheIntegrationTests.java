package de.amtsportal.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.access.Role;
import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.OrganisationAdministration;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's public pages come from the cache of rendered pages for first visits: every change made on
 * this instance shows at once, signed-in visitors get their own page, and the security headers are on every
 * answer.
 */
@IntegrationTest
class PublicPageCacheIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicPageCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditShowsAtOnceOnTheServicePageAndInTheSearch() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		CatalogFixtures fixtures = new CatalogFixtures(context);
		String word = "Quellfassung" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		Service service = fixtures.published(CatalogFixtures.slug("quelle"),
				CatalogFixtures.content(water.id(), "Anzeige einer " + word, "Vorher anzeigen.", "Jede Fassung anzeigen."));
		for (int visit = 0; visit < 2; visit++) {
			mvc.perform(get("/leistungen/" + service.slug())).andExpect(content().string(containsString("Anzeige einer " + word)));
			mvc.perform(get("/leistungen").param("q", word)).andExpect(content().string(containsString("Anzeige einer " + word)));
		}

		fixtures.revise(service, CatalogFixtures.content(water.id(), "Genehmigung einer " + word, "Vorher beantragen.",
				"Jede Fassung genehmigen lassen."));

		mvc.perform(get("/leistungen/" + service.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Genehmigung einer " + word)))
			.andExpect(content().string(containsString("Vorher beantragen.")))
			.andExpect(content().string(not(containsString("Anzeige einer " + word))));
		mvc.perform(get("/leistungen").param("q", word))
			.andExpect(content().string(containsString("Genehmigung einer " + word)))
			.andExpect(content().string(not(containsString("Anzeige einer " + word))));
	}

	@Test
	void aWithdrawnServiceIsGoneAtOnce() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		CatalogFixtures fixtures = new CatalogFixtures(context);
		Service service = fixtures.published(CatalogFixtures.slug("brunnen"),
				CatalogFixtures.content(water.id(), "Anzeige einer Brunnenbohrung", "Vorher anzeigen.", "Jede Bohrung anzeigen."));
		mvc.perform(get("/leistungen/" + service.slug())).andExpect(status().isOk());
		mvc.perform(get("/leistungen/" + service.slug())).andExpect(status().isOk());

		fixtures.withdraw(service);

		mvc.perform(get("/leistungen/" + service.slug())).andExpect(status().isNotFound());
	}

	@Test
	void aRenamedOrgUnitShowsAtOnce() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit unit = people.unit("Brunnenaufsicht " + UUID.randomUUID().toString().substring(0, 6));
		CatalogFixtures fixtures = new CatalogFixtures(context);
		Service service = fixtures.published(CatalogFixtures.slug("brunnen"),
				CatalogFixtures.content(unit.id(), "Anzeige einer Brunnenbohrung", "Vorher anzeigen.", "Jede Bohrung anzeigen."));
		mvc.perform(get("/leistungen/" + service.slug())).andExpect(content().string(containsString(unit.name())));
		mvc.perform(get("/leistungen/" + service.slug())).andExpect(content().string(containsString(unit.name())));

		Account administrator = people.create("verwaltung-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example",
				Membership.global(Role.ADMINISTRATOR));
		String newName = "Umweltamt " + UUID.randomUUID().toString().substring(0, 6);
		fixtures.as(administrator, () -> {
			context.getBean(OrganisationAdministration.class).updateUnit(unit.id(), newName, null);
			return null;
		});

		mvc.perform(get("/leistungen/" + service.slug()))
			.andExpect(content().string(containsString(newName)))
			.andExpect(content().string(not(containsString(unit.name()))));
	}

	@Test
	void signedInVisitorsGetTheirOwnPageAndNeverLeaveItBehind() throws Exception {
		TestAccounts people = new TestAccounts(context);
		Account citizen = people.citizen("erika-" + UUID.randomUUID() + "@example.org");
		mvc.perform(get("/leistungen")).andExpect(content().string(containsString("/konto/anmelden")));

		mvc.perform(get("/leistungen").with(people.signedIn(citizen)))
			.andExpect(content().string(containsString("href=\"/konto\"")))
			.andExpect(content().string(not(containsString("href=\"/konto/anmelden\""))));

		mvc.perform(get("/leistungen").param("lang", "en")).andExpect(content().string(containsString("<html lang=\"en\"")));
		mvc.perform(get("/leistungen"))
			.andExpect(content().string(containsString("<html lang=\"de\"")))
			.andExpect(content().string(containsString("href=\"/konto/anmelden\"")))
			.andExpect(content().string(not(containsString("href=\"/konto\""))));
		mvc.perform(get("/leistungen").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	@Test
	void aStoredPageCarriesTheSecurityHeadersAndItsLength() throws Exception {
		mvc.perform(get("/leistungen"));
		byte[] fresh = mvc.perform(get("/leistungen")).andReturn().getResponse().getContentAsByteArray();

		mvc.perform(get("/leistungen"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(header().string("Content-Length", String.valueOf(fresh.length)))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	/**
	 * What another instance changes reaches this one without an event: the stored page stays until its time is
	 * up (the bound in docs/adr/0011), or until a change here empties the cache.
	 */
	@Test
	void aChangeWithoutAnEventShowsOnceTheStoredPageIsForgotten() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		Service service = new CatalogFixtures(context).published(CatalogFixtures.slug("brunnen"),
				CatalogFixtures.content(water.id(), "Anzeige einer Brunnenbohrung", "Vorher anzeigen.", "Jede Bohrung anzeigen."));
		mvc.perform(get("/leistungen/" + service.slug())).andExpect(content().string(containsString("Vorher anzeigen.")));

		jdbc.update("update catalog_service set summary_de = ? where id = ?", "Anderswo geändert.", service.id());

		mvc.perform(get("/leistungen/" + service.slug())).andExpect(content().string(containsString("Vorher anzeigen.")));
		cache.forget();
		mvc.perform(get("/leistungen/" + service.slug())).andExpect(content().string(containsString("Anderswo geändert.")));
	}
}
