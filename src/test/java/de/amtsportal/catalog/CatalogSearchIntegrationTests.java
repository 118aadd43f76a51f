package de.amtsportal.catalog;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.internal.CatalogSearch;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.Texts;
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
 * The public search against the real (in-memory) Lucene index with the German analysis: compound words,
 * inflection, umlauts and ß, ranking, filters, and that only published services are found.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogSearch search;

	@Autowired
	MockMvc mvc;

	OrgUnit water;
	OrgUnit traffic;
	Service well;
	Service parking;
	Service landlord;
	Service street;
	Service bulkyWaste;
	Service groundwater;
	Service dog;
	Service draft;

	@BeforeAll
	void catalogue() {
		TestAccounts people = new TestAccounts(context);
		CatalogFixtures catalog = new CatalogFixtures(context);
		water = people.unit("Untere Wasserbehörde");
		traffic = people.unit("Straßenverkehrsbehörde");
		OrgUnit citizens = people.unit("Bürgeramt");
		well = catalog.published(CatalogFixtures.slug("brunnen"), CatalogFixtures.content(water.id(),
				"Anzeige einer Brunnenbohrung", "Bohrungen ins Grundwasser vorher anzeigen.",
				"Jede Bohrung in den Boden ist der Wasserbehörde einen Monat vorher anzuzeigen."));
		parking = catalog.published(CatalogFixtures.slug("parken"), CatalogFixtures.content(traffic.id(), Topic.TRAFFIC_AND_MOBILITY,
				CatalogFixtures.german("Bewohnerparkausweis", "Im eigenen Wohngebiet ohne Parkschein parken.",
						"Den Ausweis erhalten Bewohnerinnen und Bewohner mit Hauptwohnsitz im Gebiet."),
				new Texts("Residents' parking permit", "Park in your own zone without a ticket.", "", List.of(), "", "", "", "", "",
						"", "", "")));
		landlord = catalog.published(CatalogFixtures.slug("wohnungsgeber"), CatalogFixtures.content(citizens.id(),
				Topic.HOUSING_AND_REGISTRATION, CatalogFixtures.german("Wohnungsgeberbescheinigung",
						"Vermieter bestätigen den Einzug.", "Die Bestätigung braucht man für die Anmeldung."), Texts.NONE));
		street = catalog.published(CatalogFixtures.slug("sondernutzung"), CatalogFixtures.content(traffic.id(),
				Topic.TRAFFIC_AND_MOBILITY, CatalogFixtures.german("Sondernutzung öffentlicher Straßenraum",
						"Container und Gerüste auf dem Gehweg.", "Für Container, Gerüste und Tische vor dem Café."), Texts.NONE));
		bulkyWaste = catalog.published(CatalogFixtures.slug("sperrmuell"), CatalogFixtures.content(water.id(),
				"Sperrmüllabholung", "Alte Möbel holen wir ab.", "Schränke, Sofas und Matratzen holen wir zweimal im Jahr ab."));
		// "Brunnen" only in the description: must rank below a service with it in the name
		groundwater = catalog.published(CatalogFixtures.slug("grundwasser"), CatalogFixtures.content(water.id(),
				"Grundwasserentnahme erlauben lassen", "Erlaubnis für die Entnahme von Grundwasser.",
				"Wer Wasser aus einem Brunnen für mehr als den eigenen Garten entnimmt, braucht eine Erlaubnis."));
		dog = catalog.published(CatalogFixtures.slug("hund"), CatalogFixtures.content(citizens.id(), Topic.TAXES_AND_FEES,
				CatalogFixtures.german("Hundesteuer-Anmeldung", "Hunde innerhalb von zwei Wochen anmelden.",
						"Wer einen Hund hält, zahlt Hundesteuer."), Texts.NONE));
		draft = catalog.draft(CatalogFixtures.slug("entwurf"), CatalogFixtures.content(water.id(),
				"Brunnenwasser untersuchen lassen", "Noch nicht veröffentlicht.", "Ein Entwurf über Brunnen."));
	}

	@Test
	void findsTheInnerPartOfACompoundWord() {
		assertThat(slugs("Brunnen")).contains(well.slug());
		assertThat(slugs("Wohnungsgeber")).contains(landlord.slug());
		assertThat(slugs("bohrung")).contains(well.slug());
	}

	@Test
	void findsInflectedFormsInsideCompounds() {
		assertThat(slugs("Parkausweise")).contains(parking.slug());
		assertThat(slugs("Bohrungen")).contains(well.slug());
	}

	@Test
	void treatsUmlautsAndSharpSAsTheirSpelledOutForms() {
		assertThat(slugs("Strasse")).contains(street.slug());
		assertThat(slugs("STRASSENRAUM")).contains(street.slug());
		assertThat(slugs("Sperrmuell")).contains(bulkyWaste.slug());
		assertThat(slugs("Mobel")).as("umlaut typed without dots").contains(bulkyWaste.slug());
	}

	@Test
	void findsNothingForNonsenseAndRequiresEveryWord() {
		assertThat(slugs("Xylofonquarkbrett")).isEmpty();
		assertThat(slugs("Brunnen Xylofonquarkbrett")).as("all words must occur").isEmpty();
		assertThat(slugs("Brunnen Bohrung anzeigen")).contains(well.slug());
	}

	@Test
	void ignoresGermanFillerWordsInAQuestion() {
		assertThat(slugs("Wie melde ich meinen Hund an?")).contains(dog.slug());
		assertThat(slugs("der die das")).as("nothing but filler words finds nothing").isEmpty();
	}

	@Test
	void ranksAMatchInTheNameAboveAMatchInTheDescription() {
		List<String> hits = slugs("Brunnen");
		assertThat(hits).contains(well.slug(), groundwater.slug());
		assertThat(hits.indexOf(well.slug())).isLessThan(hits.indexOf(groundwater.slug()));
	}

	@Test
	void findsEnglishTranslations() {
		assertThat(slugs("parking permits")).contains(parking.slug());
	}

	@Test
	void showsOnlyPublishedServices() {
		assertThat(slugs("Brunnenwasser")).doesNotContain(draft.slug());
		CatalogFixtures catalog = new CatalogFixtures(context);
		Service withdrawn = catalog.published(CatalogFixtures.slug("zurueck"), CatalogFixtures.content(water.id(),
				"Zisternenförderung", "Zuschuss für Regenwasserzisternen.", "Wird zurückgenommen."));
		assertThat(slugs("Zisterne")).contains(withdrawn.slug());
		catalog.withdraw(withdrawn);
		assertThat(slugs("Zisterne")).doesNotContain(withdrawn.slug());
	}

	@Test
	void aRevisionIsFoundUnderItsNewName() {
		CatalogFixtures catalog = new CatalogFixtures(context);
		Service service = catalog.published(CatalogFixtures.slug("umbenannt"), CatalogFixtures.content(water.id(),
				"Regentonnenzuschuss", "Zuschuss.", "Zuschuss für Regentonnen."));
		catalog.revise(service, CatalogFixtures.content(water.id(), "Gründachförderung", "Zuschuss.", "Zuschuss für Dächer."));
		assertThat(slugs("Gründach")).contains(service.slug());
		assertThat(slugs("Regentonnenzuschuss")).doesNotContain(service.slug());
	}

	@Test
	void filtersByTopicAndUnit() {
		assertThat(slugs(new CatalogSearch.Query(null, Topic.TRAFFIC_AND_MOBILITY, null)))
			.contains(parking.slug(), street.slug()).doesNotContain(well.slug(), landlord.slug());
		assertThat(slugs(new CatalogSearch.Query("", null, water.id())))
			.contains(well.slug(), bulkyWaste.slug()).doesNotContain(parking.slug());
		assertThat(slugs(new CatalogSearch.Query("Brunnen", Topic.TRAFFIC_AND_MOBILITY, null))).isEmpty();
	}

	@Test
	void theSearchPageShowsNameSummaryAndResponsibleUnit() throws Exception {
		mvc.perform(get("/leistungen").param("q", "Parkausweise"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/leistungen/" + parking.slug() + "\"")))
			.andExpect(content().string(containsString("Im eigenen Wohngebiet ohne Parkschein parken.")))
			.andExpect(content().string(containsString("Zuständig: " + traffic.name())))
			.andExpect(content().string(not(containsString(well.slug()))));
		mvc.perform(get("/leistungen").param("q", "Xylofonquarkbrett"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keine Leistung gefunden")));
		mvc.perform(get("/leistungen").param("q", "Parkausweise").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Residents&#39; parking permit")))
			.andExpect(content().string(containsString("Responsible: " + traffic.name())));
	}

	@Test
	void theSearchPageFiltersByReadableTopicAndUnitAddresses() throws Exception {
		mvc.perform(get("/leistungen").param("thema", "verkehr-mobilitaet").param("stelle", traffic.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(street.slug())))
			.andExpect(content().string(not(containsString(well.slug()))));
		mvc.perform(get("/leistungen").param("thema", "gibt-es-nicht").param("page", "-3"))
			.andExpect(status().isOk());
	}

	@Test
	void pagesThroughManyResultsKeepingTheFilters() throws Exception {
		OrgUnit office = new TestAccounts(context).unit("Ordnungsamt");
		CatalogFixtures catalog = new CatalogFixtures(context);
		for (int i = 1; i <= 11; i++) {
			catalog.published(CatalogFixtures.slug("ordnung"), CatalogFixtures.content(office.id(), Topic.PUBLIC_ORDER,
					CatalogFixtures.german("Ordnungsleistung %02d".formatted(i), "Kurz.", "Lang."), Texts.NONE));
		}
		mvc.perform(get("/leistungen").param("stelle", office.slug()).param("thema", "ordnung-sicherheit"))
			.andExpect(content().string(containsString("11 Leistungen gefunden")))
			.andExpect(content().string(containsString("Ordnungsleistung 10")))
			.andExpect(content().string(not(containsString("Ordnungsleistung 11"))))
			.andExpect(content().string(containsString("Seite 1 von 2")))
			.andExpect(content().string(containsString(
					"href=\"/leistungen?thema=ordnung-sicherheit&amp;stelle=" + office.slug() + "&amp;page=1\"")));
		mvc.perform(get("/leistungen").param("stelle", office.slug()).param("thema", "ordnung-sicherheit").param("page", "1"))
			.andExpect(content().string(containsString("Ordnungsleistung 11")))
			.andExpect(content().string(not(containsString("Ordnungsleistung 01"))));
	}

	private List<String> slugs(String words) {
		return slugs(new CatalogSearch.Query(words, null, null));
	}

	private List<String> slugs(CatalogSearch.Query query) {
		return search.search(query, PageRequest.of(0, 100)).map(CatalogSearch.Hit::slug).getContent();
	}
}
