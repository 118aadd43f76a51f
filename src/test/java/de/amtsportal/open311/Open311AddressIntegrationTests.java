package de.amtsportal.open311;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.open311.internal.ApiKeyAdministration;
import de.amtsportal.places.PlaceFixtures;
import de.amtsportal.places.Places;
import de.amtsportal.reports.ReportFixtures;
import de.amtsportal.support.ServerIntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 clients that know an address but no coordinates: {@code address_string} is looked up in the address
 * register, {@code address_id} names a register entry; a request names both again. Unknown or ambiguous addresses
 * are refused in the specification's error format with the reason, and nothing is filed.
 */
@ServerIntegrationTest
class Open311AddressIntegrationTests {

	static final String BASE = "/open311/v2";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Places places;

	Open311Client client;
	String code;
	String apiKey;

	@BeforeEach
	void setUp() {
		client = new Open311Client(port);
		TestAccounts people = new TestAccounts(context);
		code = new ReportFixtures(context).category(people.unit("Tiefbauamt"), "Defekte Straßenbeleuchtung");
		var administrator = people.administrator(TestAccounts.unique("admin"));
		apiKey = new CatalogFixtures(context).as(administrator, () -> context.getBean(ApiKeyAdministration.class)
			.create("Stadtplan-App", false, 1000)).secret();
		new PlaceFixtures(context).load(PlaceFixtures.TESTSTADT);
	}

	@Test
	void anAddressStringIsPlacedAtItsHouseAndTheRequestNamesTheAddressAgain() throws Exception {
		Map<String, String> report = report();
		report.put("address_string", "bahnhofstr. 3");
		JsonNode request = read(file(report));
		assertThat(request.get("address").asString()).isEqualTo("Bahnhofstraße 3, 12345 Teststadt");
		assertThat(request.get("address_id").asString()).isEqualTo(places.find("Bahnhofstraße 3").get(0).id());
		assertThat(request.get("zipcode").asString()).isEqualTo("12345");
		assertThat(request.get("lat").asDouble()).isEqualTo(52.51629);
		assertThat(request.get("long").asDouble()).isEqualTo(13.41085);
	}

	@Test
	void anAddressIdIsTheRegisterEntry() throws Exception {
		String id = places.find("Schulstraße 4, 12347").get(0).id();
		Map<String, String> report = report();
		report.put("address_id", id);
		JsonNode request = read(file(report));
		assertThat(request.get("address").asString()).isEqualTo("Schulstraße 4, 12347 Teststadt-Hausen");
		assertThat(request.get("address_id").asString()).isEqualTo(id);
		assertThat(request.get("lat").asDouble()).isEqualTo(52.5295);
	}

	@Test
	void unknownAndAmbiguousAddressesAreRefusedWithTheReason() throws Exception {
		int before = count();
		Map<String, String> ambiguous = report();
		ambiguous.put("address_string", "Schulstraße 4");
		assertError(client.post(BASE + "/requests.json", ambiguous),
				"Zu address_string „Schulstraße 4“ passen 2 Adressen im Adressverzeichnis");
		Map<String, String> unknown = report();
		unknown.put("address_string", "Lindenallee 1");
		assertError(client.post(BASE + "/requests.json", unknown), "Zu address_string „Lindenallee 1“ ist keine Adresse im Adressverzeichnis");
		Map<String, String> unknownId = report();
		unknownId.put("address_id", "DE-0000");
		assertError(client.post(BASE + "/requests.json", unknownId), "Unter der address_id „DE-0000“ ist keine Adresse im Adressverzeichnis");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void coordinatesWinAndTheTypedAddressIsKeptAsItIs() throws Exception {
		Map<String, String> report = report();
		report.put("lat", "52.6");
		report.put("long", "13.5");
		report.put("address_string", "Lindenallee 1, am Kiosk");
		JsonNode request = read(file(report));
		assertThat(request.get("address").asString()).isEqualTo("Lindenallee 1, am Kiosk");
		assertThat(request.get("address_id").isNull()).isTrue();
		assertThat(request.get("lat").asDouble()).isEqualTo(52.6);
	}

	private Map<String, String> report() {
		Map<String, String> report = new LinkedHashMap<>();
		report.put("api_key", apiKey);
		report.put("service_code", code);
		report.put("description", "Die Leuchte flackert.");
		report.put("attribute[art]", "dunkel");
		return report;
	}

	private String file(Map<String, String> report) throws Exception {
		Open311Client.Answer answer = client.post(BASE + "/requests.json", report);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get(0).get("service_request_id").asString();
	}

	private JsonNode read(String reference) throws Exception {
		return client.get(BASE + "/requests/" + reference + ".json").json().get(0);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from report where category_code = ?", Integer.class, code);
	}

	private static void assertError(Open311Client.Answer answer, String description) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		JsonNode errors = answer.json();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.get("code").asInt()).isEqualTo(400);
			assertThat(error.get("description").asString()).startsWith(description);
		});
	}
}
