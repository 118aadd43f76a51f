package de.amtsportal.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceContent;
import de.amtsportal.catalog.internal.Texts;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page of a service: everything in German and English (German where no translation exists, marked
 * as such), the privacy notice in its own section, and the start link only once the form is released.
 */
@IntegrationTest
class CatalogPagesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	static final Texts ENGLISH = new Texts("Notification of drilling a well", "Tell the water authority before drilling.",
			"Any drilling into the ground must be notified one month in advance.", List.of("ID card or passport"), "per well", "",
			"", "Checking the notification.", "Art. 6(1)(e) GDPR.", "Lower water authority.", "Ten years.", "");

	@Test
	void showsEveryPartOfAServiceInGerman() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		Service service = new CatalogFixtures(context).published(CatalogFixtures.slug("brunnen"),
				CatalogFixtures.content(water.id(), "Anzeige einer Brunnenbohrung", "Bohrungen vorher anzeigen.",
						"Erster Absatz über Bohrungen.\n\nZweiter Absatz über Fristen."));

		mvc.perform(get("/leistungen/" + service.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"kern-heading-x-large\">Anzeige einer Brunnenbohrung</h1>")))
			.andExpect(content().string(containsString("Bohrungen vorher anzeigen.")))
			.andExpect(content().string(containsString("<p class=\"kern-body portal-preline\">Erster Absatz über Bohrungen.</p>")))
			.andExpect(content().string(containsString("<p class=\"kern-body portal-preline\">Zweiter Absatz über Fristen.</p>")))
			.andExpect(content().string(containsString("<li>Lageplan des Grundstücks</li>")))
			.andExpect(content().string(containsString("30,70\u00a0€")))
			.andExpect(content().string(containsString("In der Regel zwei Wochen.")))
			.andExpect(content().string(containsString("§ 49 Wasserhaushaltsgesetz (WHG)")))
			.andExpect(content().string(containsString(water.name())))
			.andExpect(content().string(containsString("<h2 class=\"kern-heading-medium\" id=\"datenschutz\">Datenschutzhinweis</h2>")))
			.andExpect(content().string(containsString("Art. 6 Abs. 1 Buchst. e DSGVO.")))
			.andExpect(content().string(containsString("Datenschutzbeauftragte, Marktplatz 1, datenschutz@teststadt.example")))
			.andExpect(content().string(containsString("noch nicht online beantragen")))
			.andExpect(content().string(not(containsString("/antrag/"))));
	}

	@Test
	void showsTheEnglishTextsAndMarksGermanWhereATranslationIsMissing() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		Service service = new CatalogFixtures(context).published(CatalogFixtures.slug("well"),
				CatalogFixtures.content(water.id(), Topic.ENVIRONMENT, CatalogFixtures.german("Anzeige einer Brunnenbohrung",
						"Bohrungen vorher anzeigen.", "Jede Bohrung anzeigen."), ENGLISH));

		mvc.perform(get("/leistungen/" + service.slug()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("<h1 class=\"kern-heading-x-large\">Notification of drilling a well</h1>")))
			.andExpect(content().string(containsString("Any drilling into the ground must be notified one month in advance.")))
			.andExpect(content().string(containsString("<li>ID card or passport</li>")))
			.andExpect(content().string(containsString("€30.70")))
			.andExpect(content().string(containsString("Privacy notice")))
			.andExpect(content().string(containsString("Some texts of this service are only available in German.")))
			// not translated: shown in German and marked so, for screen readers
			.andExpect(content().string(containsString("lang=\"de\">In der Regel zwei Wochen.</dd>")))
			.andExpect(content().string(containsString("lang=\"de\">Datenschutzbeauftragte, Marktplatz 1, datenschutz@teststadt.example</p>")));
	}

	@Test
	void anUnpublishedServiceDoesNotExistForThePublic() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		CatalogFixtures fixtures = new CatalogFixtures(context);
		Service draft = fixtures.draft(CatalogFixtures.slug("entwurf"),
				CatalogFixtures.content(water.id(), "Geheimer Entwurf", "Noch nicht fertig.", "Noch nicht fertig."));
		Service withdrawn = fixtures.published(CatalogFixtures.slug("zurueck"),
				CatalogFixtures.content(water.id(), "Alte Leistung", "Gibt es nicht mehr.", "Gibt es nicht mehr."));
		mvc.perform(get("/leistungen/" + withdrawn.slug())).andExpect(status().isOk());
		fixtures.withdraw(withdrawn);

		mvc.perform(get("/leistungen/" + draft.slug()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Geheimer Entwurf"))));
		mvc.perform(get("/leistungen/" + withdrawn.slug())).andExpect(status().isNotFound());
		mvc.perform(get("/leistungen/gibt-es-nicht")).andExpect(status().isNotFound());
		mvc.perform(get("/leistungen")).andExpect(content().string(not(containsString("Geheimer Entwurf"))));
		assertThat(catalog.find(draft.slug())).isEmpty();
		assertThat(catalog.find(withdrawn.slug())).isEmpty();
		assertThat(catalog.publishedBy(water.id())).isEmpty();
	}

	@Test
	void offersTheOnlineApplicationOnlyOnceItsFormIsReleased() throws Exception {
		OrgUnit water = new TestAccounts(context).unit("Untere Wasserbehörde");
		CatalogFixtures fixtures = new CatalogFixtures(context);
		FormVersion form = fixtures.form(water.id());
		String slug = CatalogFixtures.slug("brunnen-online");
		var content = CatalogFixtures.content(water.id(), "Anzeige einer Brunnenbohrung", "Bohrungen vorher anzeigen.",
				"Jede Bohrung anzeigen.");
		Service service = fixtures.published(slug, new ServiceContent(content.topic(),
				ServiceKind.REPORT, water.id(), form.formId(), SignIn.REQUIRED, "99050012104000", content.feeKind(),
				content.feeAmount(), content.german(), content.english()));

		mvc.perform(get("/leistungen/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/antrag/"))));

		fixtures.release(form, water.id());

		mvc.perform(get("/leistungen/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/antrag/" + slug + "\"")))
			.andExpect(content().string(containsString("Online melden")))
			.andExpect(content().string(containsString("melden Sie sich mit Ihrem Konto an")))
			.andExpect(content().string(containsString("99050012104000")));
		mvc.perform(get("/leistungen/" + slug).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Report online")));

		PublishedService published = catalog.find(slug).orElseThrow();
		assertThat(published.formId()).isEqualTo(form.formId());
		assertThat(published.signIn()).isEqualTo(SignIn.REQUIRED);
		assertThat(published.responsibleUnit()).isEqualTo(water.id());
		assertThat(catalog.publishedBy(water.id())).extracting(PublishedService::id).containsExactly(service.id());
	}

	@Test
	void theCatalogueIsReachableFromEveryPage() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/leistungen\">Leistungen</a>")));
		mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("href=\"/leistungen\">Services</a>")));
	}
}
