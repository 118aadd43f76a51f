package de.amtsportal.places;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.reports.ReportFixtures;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With JavaScript off there is no map: a citizen places a report by typing its address. In German the address
 * is not found at first, then matches two houses and the citizen chooses one; in English a typed address with
 * one match is used on "Continue"; with JavaScript the found house is the map's marker. The public page shows
 * the house's position and address. Every page is checked with axe-core.
 */
@BrowserTest
class AddressSearchBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	String name;
	String code;

	@BeforeEach
	void setUp() {
		new PlaceFixtures(context).load(PlaceFixtures.TESTSTADT);
		name = "Laterne " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		code = new ReportFixtures(context).category(new TestAccounts(context).unit("Tiefbauamt"), name);
	}

	@Test
	void citizenChoosesAmongTheAddressesFoundInGerman(@WithoutJavaScript Browser browser) {
		start(browser, Language.GERMAN);
		browser.fill("Adresse suchen", "Lindenallee 1").press("Adresse suchen");
		assertThat(browser.text("#fehler")).contains("Zu „Lindenallee 1“ haben wir keine Adresse gefunden.");
		assertThat(browser.element("#fehler a").getDomAttribute("href")).isEqualTo("#f-position-adresse");

		browser.fill("Adresse suchen", "schulstrasse 4").press("Adresse suchen");
		assertThat(browser.text()).contains("Mehrere Adressen passen. Bitte wählen Sie eine aus.");
		browser.press("Weiter");
		assertThat(browser.text("#fehler")).contains("Bitte wählen Sie eine der gefundenen Adressen aus.");
		browser.tick("Schulstraße 4, 12347 Teststadt-Hausen").press("Gewählte Adresse übernehmen");
		assertThat(browser.text()).contains("Position übernommen: Schulstraße 4, 12347 Teststadt-Hausen");
		assertThat(browser.value("Breitengrad")).isEqualTo("52.5295");
		assertThat(browser.value("Längengrad")).isEqualTo("13.415");
		browser.press("Weiter");

		String reference = finish(browser, Language.GERMAN);
		assertThat(browser.text()).contains("Schulstraße 4, 12347 Teststadt-Hausen", "52.529500");
		assertThat(jdbc.queryForObject("select address from report where reference = ?", String.class, reference))
			.isEqualTo("Schulstraße 4, 12347 Teststadt-Hausen");
	}

	@Test
	void aTypedAddressWithOneMatchIsUsedOnContinueInEnglish(@WithoutJavaScript Browser browser) {
		start(browser, Language.ENGLISH);
		browser.fill("Search for an address", "bahnhofstr. 3").press("Continue");
		assertThat(browser.text()).contains("Step 2 of 3");
		finish(browser, Language.ENGLISH);
		assertThat(browser.text()).contains("Bahnhofstraße 3, 12345 Teststadt", "52.516290");
	}

	@Test
	void withJavaScriptTheFoundAddressIsTheMarkerOnTheMap(Browser browser) {
		start(browser, Language.GERMAN);
		browser.fill("Adresse suchen", "Hauptstraße 5a").press("Adresse suchen");
		assertThat(browser.text()).contains("Position übernommen: Hauptstraße 5a, 12345 Teststadt");
		await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
			.until(() -> browser.element("[data-position-map] .leaflet-marker-icon") != null);
		assertThat(browser.value("Breitengrad")).as("written again by the map, to six places").isEqualTo("52.520050");
	}

	private void start(Browser browser, Language l) {
		browser.open("/");
		if (l == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(l.pick("Mängelmelder", "Report a problem"));
		browser.clickLink(l.pick("Neuen Mangel melden", "Report a new problem"));
		browser.clickLink(name);
		browser.press(l.pick("Meldung beginnen", "Start the report"));
		assertThat(browser.text()).contains(l.pick("Schritt 1 von 3", "Step 1 of 3"));
	}

	/** Description, no e-mail, send; then the public page of the report. */
	private String finish(Browser browser, Language l) {
		browser.fill(l.pick("Beschreibung", "Description"), "Die Laterne ist seit Tagen dunkel.").press(l.pick("Weiter", "Continue"));
		browser.press(l.pick("Weiter", "Continue"));
		browser.press(l.pick("Meldung absenden", "Send the report"));
		assertThat(browser.text()).contains(l.pick("Ihre Meldung ist eingegangen", "Your report has been received"));
		String reference = browser.text(".portal-reference");
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from report where reference = ?",
				Integer.class, reference) == 1);
		browser.open("/meldungen?kategorie=" + code);
		browser.clickLink(name + " " + reference);
		return reference;
	}
}
