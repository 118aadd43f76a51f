package de.amtsportal.catalog;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.access.Role;
import de.amtsportal.catalog.internal.Texts;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens find a service by searching the catalogue and read what it costs, which documents they need and how
 * their data is processed; an editor creates and publishes a service in the back office. In German and English,
 * once without JavaScript; every page checked with axe-core.
 */
@BrowserTest
class CatalogueBrowserTests {

	/** Test classes share the application context; one parking permit is enough for all tests of this class. */
	private static String parkingPermitUnit;

	@Autowired
	ApplicationContext context;

	@Test
	void citizenFindsTheParkingPermitInGerman(Browser browser) {
		findParkingPermit(browser, Language.GERMAN);
	}

	@Test
	void citizenFindsTheParkingPermitInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		findParkingPermit(browser, Language.ENGLISH);
	}

	@Test
	void editorCreatesAndPublishesAServiceInGerman(Browser browser) {
		createAndPublish(browser, Language.GERMAN);
	}

	@Test
	void editorCreatesAndPublishesAServiceInEnglish(Browser browser) {
		createAndPublish(browser, Language.ENGLISH);
	}

	private void findParkingPermit(Browser browser, Language l) {
		String unit = parkingPermit();

		browser.open("/");
		if (l == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(l.pick("Leistungen", "Services"));
		assertThat(browser.heading()).isEqualTo(l.pick("Leistungen von A bis Z", "Services from A to Z"));
		browser.fill(l.pick("Suchbegriff", "Search term"), "Parkausweise").press(l.pick("Suchen", "Search"));
		assertThat(browser.path()).contains("q=Parkausweise");
		assertThat(browser.texts(".portal-result h3")).contains(l.pick("Bewohnerparkausweis", "Residents' parking permit"));

		// narrowed to a topic the search still finds it, and the filter can be cleared
		browser.choose(l.pick("Thema", "Topic"), l.pick("Verkehr & Mobilität", "Traffic & mobility")).press(l.pick("Suchen", "Search"));
		assertThat(browser.path()).contains("thema=");
		assertThat(browser.texts(".portal-result h3")).contains(l.pick("Bewohnerparkausweis", "Residents' parking permit"));
		assertThat(browser.text()).contains(l.pick("Suche zurücksetzen und alle Leistungen zeigen", "Clear the search and show all services"));

		browser.clickLink(l.pick("Bewohnerparkausweis", "Residents' parking permit"));
		assertThat(browser.heading()).isEqualTo(l.pick("Bewohnerparkausweis", "Residents' parking permit"));
		String page = browser.text();
		assertThat(page).contains(l.pick("Gebühr", "Fee"), l.pick("30,70", "30.70"), unit,
				l.pick("Erforderliche Unterlagen", "Documents required"),
				l.pick("Personalausweis oder Reisepass", "Identity card or passport"),
				l.pick("Fahrzeugschein", "Vehicle registration certificate"),
				l.pick("Datenschutzhinweis", "Privacy notice"),
				l.pick("Prüfung des Antrags auf einen Bewohnerparkausweis.", "Checking the application for a residents' parking permit."),
				"datenschutz@teststadt.example");

		browser.clickLink(l.pick("Alle Leistungen", "All services"));
		assertThat(browser.heading()).isEqualTo(l.pick("Leistungen von A bis Z", "Services from A to Z"));
	}

	private void createAndPublish(Browser browser, Language l) {
		String editor = TestAccounts.unique("redaktion");
		TestAccounts people = new TestAccounts(context);
		people.create(editor, Membership.global(Role.FORM_EDITOR));
		String unit = people.unit(l.pick("Umweltamt ", "Environment office ") + UUID.randomUUID().toString().substring(0, 6)).name();
		String name = l.pick("Anzeige einer Brunnenbohrung ", "Notice of drilling a well ") + UUID.randomUUID().toString().substring(0, 6);
		String slug = CatalogFixtures.slug("brunnen");

		StaffSignIn.firstTime(browser, editor, TestAccounts.PASSWORD, l);
		browser.clickLink(l.pick("Leistungen bearbeiten", "Edit services"));
		assertThat(browser.heading()).isEqualTo(l.pick("Leistungen", "Services"));
		browser.clickLink(l.pick("Neue Leistung anlegen", "Create a new service"));
		assertThat(browser.heading()).isEqualTo(l.pick("Neue Leistung anlegen", "Create a new service"));

		// everything but the processing time
		browser.fill(l.pick("Adresse der Leistung", "Address of the service"), slug)
			.choose(l.pick("Thema", "Topic"), l.pick("Umwelt", "Environment"))
			.tick(l.pick("Anzeige oder Meldung", "Notification or report"))
			.choose(l.pick("Zuständige Stelle", "Responsible office"), unit)
			.tick(l.pick("Ohne Anmeldung (kein Konto nötig)", "Without sign-in (no account needed)"))
			.tick(l.pick("Keine Gebühr", "No fee"))
			.fill(l.pick("Name der Leistung", "Name of the service"), name)
			.fill(l.pick("Kurzbeschreibung", "Summary"), "Wer einen Brunnen bohrt, zeigt das vorher an.")
			.fill(l.pick("Beschreibung", "Description"), "Die Anzeige ist vier Wochen vor Beginn der Bohrung fällig.")
			.fill(l.pick("Rechtsgrundlage", "Legal basis"), "§ 49 Wasserhaushaltsgesetz (WHG)")
			.fill(l.pick("Zwecke der Verarbeitung", "Purposes of processing"), "Prüfung der Anzeige.")
			.fill(l.pick("Rechtsgrundlage der Verarbeitung", "Legal basis of processing"), "Art. 6 Abs. 1 Buchst. e DSGVO.")
			.fill(l.pick("Empfänger der Daten", "Recipients of the data"), "Untere Wasserbehörde.")
			.fill(l.pick("Speicherdauer", "Retention period"), "Zehn Jahre.")
			.fill(l.pick("Kontakt der oder des Datenschutzbeauftragten", "Contact of the data protection officer"),
					"Datenschutzbeauftragte, Marktplatz 1, datenschutz@teststadt.example")
			.press(l.pick("Speichern", "Save"));
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte geben Sie die Bearbeitungsdauer an.",
				"Enter the processing time."));
		assertThat(browser.value(l.pick("Name der Leistung", "Name of the service"))).as("what was typed is kept").isEqualTo(name);

		browser.fill(l.pick("Bearbeitungsdauer", "Processing time"), "In der Regel zwei Wochen.").press(l.pick("Speichern", "Save"));
		assertThat(browser.path()).endsWith("/bearbeiten");
		assertThat(browser.text()).contains(l.pick("Diese Leistung ist ein Entwurf und öffentlich nicht zu sehen.",
				"This service is a draft and not visible to the public."));

		browser.press(l.pick("Veröffentlichen", "Publish"));
		assertThat(browser.text()).contains(l.pick("Diese Leistung ist veröffentlicht.", "This service is published."));
		browser.clickLink(l.pick("Öffentliche Seite ansehen", "View the public page"));
		assertThat(browser.path()).isEqualTo("/leistungen/" + slug);
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.text()).contains("In der Regel zwei Wochen.", unit);
	}

	/** The residents' parking permit, published once, in German and English; returns the responsible unit's name. */
	private synchronized String parkingPermit() {
		if (parkingPermitUnit == null) {
			CatalogFixtures catalog = new CatalogFixtures(context);
			var unit = new TestAccounts(context).unit("Straßenverkehrsbehörde");
			Texts german = new Texts("Bewohnerparkausweis", "Im eigenen Wohngebiet ohne Parkschein parken.",
					"Mit dem Ausweis parken Sie in Ihrer Parkzone ohne Parkschein.",
					List.of("Personalausweis oder Reisepass", "Fahrzeugschein"), "Je Ausweis und Jahr.", "In der Regel eine Woche.",
					"§ 45 Straßenverkehrs-Ordnung (StVO)", "Prüfung des Antrags auf einen Bewohnerparkausweis.",
					"Art. 6 Abs. 1 Buchst. e DSGVO.", "Straßenverkehrsbehörde.", "Zwei Jahre nach Ablauf des Ausweises.",
					"Datenschutzbeauftragte, Marktplatz 1, datenschutz@teststadt.example");
			Texts english = new Texts("Residents' parking permit", "Park in your own neighbourhood without a ticket.",
					"With the permit you park in your zone without a ticket.",
					List.of("Identity card or passport", "Vehicle registration certificate"), "Per permit and year.",
					"Usually one week.", "Section 45 Road Traffic Regulations (StVO)",
					"Checking the application for a residents' parking permit.", "Art. 6(1)(e) GDPR.", "Road traffic authority.",
					"Two years after the permit expires.", "Data protection officer, Marktplatz 1, datenschutz@teststadt.example");
			catalog.published(CatalogFixtures.slug("bewohnerparkausweis"),
					CatalogFixtures.content(unit.id(), Topic.TRAFFIC_AND_MOBILITY, german, english));
			parkingPermitUnit = unit.name();
		}
		return parkingPermitUnit;
	}
}
