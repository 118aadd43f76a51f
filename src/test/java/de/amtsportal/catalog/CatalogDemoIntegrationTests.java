package de.amtsportal.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo catalogue as a visitor of the demo finds it: the searches from the product brief find the real demo
 * texts, and every demo service has a complete page with its privacy notice in German and English.
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class CatalogDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "Brunnen, anzeige-brunnenbohrung", "Parkausweise, bewohnerparkausweis",
			"Wohnungsgeber, wohnungsgeberbescheinigung", "Strasse, sondernutzung-strassenraum",
			"Abmeldung Ausland, abmeldung-ausland", "Hund anmelden, hundesteuer-anmeldung", "Sperrmuell, sperrmuell-abholung" })
	void theDemoSearchesFindTheirService(String words, String slug) throws Exception {
		mvc.perform(get("/leistungen").param("q", words))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/leistungen/" + slug + "\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "anzeige-brunnenbohrung", "bewohnerparkausweis", "wohnungsgeberbescheinigung", "abmeldung-ausland",
			"meldebescheinigung", "wohnsitz-anmelden", "hundesteuer-anmeldung", "sondernutzung-strassenraum",
			"sperrmuell-abholung", "fundsache-melden", "strassenbeleuchtung", "muellablagerung", "strassenschaden", "graffiti-plakate" })
	void everyDemoServiceHasACompletePageInBothLanguages(String slug) throws Exception {
		mvc.perform(get("/leistungen/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Datenschutzhinweis")))
			.andExpect(content().string(containsString("datenschutz@musterstadt.example")))
			.andExpect(content().string(containsString("Bearbeitungsdauer")));
		mvc.perform(get("/leistungen/" + slug).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Privacy notice")))
			.andExpect(content().string(containsString("Data protection officer of the City of Musterstadt")))
			.andExpect(content().string(not(containsString("Datenschutzhinweis"))));
	}
}
