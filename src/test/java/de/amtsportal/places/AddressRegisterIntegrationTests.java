package de.amtsportal.places;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The address register on the database in use (H2 with surefire, PostgreSQL with failsafe): an administrator
 * loads it, a bad file changes nothing, nobody else may load it, and the lookup finds houses however they are typed.
 */
@IntegrationTest
class AddressRegisterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Places places;

	TestAccounts people;
	Account administrator;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		administrator = people.administrator(TestAccounts.unique("admin"));
	}

	@Test
	void anAdministratorLoadsTheRegisterAndABadFileChangesNothing() throws Exception {
		upload(administrator, PlaceFixtures.TESTSTADT).andExpect(redirectedUrl("/amt/admin/adressen"));
		mvc.perform(get("/amt/admin/adressen").with(people.signedIn(administrator))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Geladen sind 6 Adressen")));
		mvc.perform(get("/amt/admin").with(people.signedIn(administrator)))
			.andExpect(content().string(containsString("href=\"/amt/admin/adressen\"")));

		upload(administrator, PlaceFixtures.TESTSTADT + "Bahnhofstraße;;12345;Teststadt;52.5;13.4\nParkweg;1;1234;Teststadt;52.5;200\n")
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Die Datei wurde nicht geladen"),
					containsString("Zeile 8: Die Spalte „hausnummer“ ist leer."),
					containsString("Zeile 9: Die Postleitzahl „1234“ hat nicht fünf Ziffern."),
					containsString("Zeile 9: Die Länge „200“ ist keine Zahl zwischen -180 und 180."),
					containsString("Geladen sind 6 Adressen"))));
		upload(administrator, "Straße,Nummer\nHauptstraße,5\n").andExpect(status().isOk())
			.andExpect(content().string(containsString("Der Kopfzeile fehlen Spalten: hausnummer, plz, ort, breite, laenge.")));
		assertThat(places.find("Bahnhofstraße 3")).hasSize(1);
		assertThat(places.register()).hasValueSatisfying(register -> assertThat(register.addresses()).isEqualTo(6));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'places.register-loaded' and actor = ?",
				Integer.class, administrator.id().toString())).isEqualTo(1);
	}

	@Test
	void nobodyElseMayLoadOrSeeTheRegister() throws Exception {
		new PlaceFixtures(context).load(PlaceFixtures.TESTSTADT);
		Account caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), people.unit("Tiefbauamt").id());
		upload(caseworker, "strasse;hausnummer;plz;ort;breite;laenge\nNirgendweg;1;12345;Teststadt;52.5;13.4\n")
			.andExpect(status().isForbidden());
		mvc.perform(get("/amt/admin/adressen").with(people.signedIn(caseworker))).andExpect(status().isForbidden());
		assertThat(places.find("Nirgendweg 1")).isEmpty();
		assertThat(places.find("Bahnhofstraße 3")).hasSize(1);
	}

	@Test
	void findsAHouseHoweverItIsTyped() {
		new PlaceFixtures(context).load(PlaceFixtures.TESTSTADT);
		for (String typed : new String[] { "Hauptstraße 5a", "hauptstr. 5 A", "HAUPTSTRASSE 5a, 12345 Teststadt", "Hauptstr 5a Teststadt" }) {
			assertThat(places.find(typed)).as(typed).extracting(Place::label).containsExactly("Hauptstraße 5a, 12345 Teststadt");
		}
		assertThat(places.find("Karl-Mueller-Str. 10")).extracting(Place::label).containsExactly("Karl-Müller-Straße 10, 12345 Teststadt");
		assertThat(places.find("Schulstraße 4")).extracting(Place::postcode).containsExactly("12345", "12347");
		assertThat(places.find("Schulstraße 4, 12347")).extracting(Place::locality).containsExactly("Teststadt-Hausen");
		assertThat(places.find("Hauptstraße")).extracting(Place::houseNumber).containsExactly("5", "5a");
		assertThat(places.find("Bahnhof 3")).as("the beginning of a street name").hasSize(1);
		assertThat(places.find("Hauptstraße 7")).isEmpty();
		assertThat(places.find("Lindenallee 1")).isEmpty();

		Place station = places.find("Bahnhofstraße 3").get(0);
		assertThat(places.byId(station.id())).contains(station);
		assertThat(places.idOf("Bahnhofstraße 3, 12345 Teststadt")).contains(station.id());
		assertThat(places.at(station.latitude(), station.longitude())).contains(station);
		assertThat(station.latitude()).isEqualByComparingTo("52.51629");
	}

	private ResultActions upload(Account account, String csv) throws Exception {
		return mvc.perform(multipart("/amt/admin/adressen")
			.file(new MockMultipartFile("datei", "adressen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(people.signedIn(account)));
	}
}
