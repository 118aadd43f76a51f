package de.amtsportal.open311;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;

import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.open311.internal.ApiKeyAdministration;
import de.amtsportal.reports.ReportFixtures;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.internal.ReportRecords;
import de.amtsportal.support.ServerIntegrationTest;

import tools.jackson.databind.JsonNode;

import static de.amtsportal.open311.Open311Client.children;
import static de.amtsportal.open311.Open311Client.names;
import static de.amtsportal.open311.Open311Client.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open311 GeoReport v2 API over real HTTP, every resource in JSON and XML, compared with the shape of the
 * specification's examples (element names and order, types, W3C datetimes) — and what clients must never get:
 * personal data, unreleased photos, a portal page instead of the error list.
 */
@ServerIntegrationTest
class Open311IntegrationTests {

	static final String BASE = "/open311/v2";
	static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}";
	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
			"expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiKeyAdministration keys;

	@Autowired
	ReportRecords records;

	Open311Client client;
	OrgUnit unit;
	String code;
	String apiKey;
	Account administrator;

	@BeforeEach
	void setUp() {
		client = new Open311Client(port);
		TestAccounts people = new TestAccounts(context);
		unit = people.unit("Tiefbauamt");
		code = new ReportFixtures(context).category(unit, "Defekte Straßenbeleuchtung");
		administrator = people.administrator(TestAccounts.unique("admin"));
		apiKey = key("Stadtplan-App", 1000);
	}

	@Test
	void discoveryNamesTheEndpointItsFormatsAndWhereToGetAKey() throws Exception {
		JsonNode json = client.get(BASE + "/discovery.json").json();
		assertThat(json.get("changeset").asString()).matches(W3C);
		assertThat(json.get("contact").asString()).contains("Musterstadt");
		assertThat(json.get("key_service").asString()).isNotBlank();
		JsonNode endpoint = json.get("endpoints").get(0);
		assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.get("url").asString()).isEqualTo("http://localhost/open311/v2");
		assertThat(endpoint.get("type").asString()).isEqualTo("production");
		assertThat(endpoint.get("formats")).extracting(JsonNode::asString).containsExactly("text/xml", "application/json");

		Element xml = client.get(BASE + "/discovery.xml").xml();
		assertThat(xml.getTagName()).isEqualTo("discovery");
		assertThat(names(xml)).containsExactly("changeset", "contact", "key_service", "endpoints");
		Element xmlEndpoint = children(children(xml, "endpoints").get(0), "endpoint").get(0);
		assertThat(names(xmlEndpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
		assertThat(children(children(xmlEndpoint, "formats").get(0), "format")).extracting(Element::getTextContent)
			.containsExactly("text/xml", "application/json");
	}

	@Test
	void servicesAreThePublishedCategoriesAndADefinitionListsTheExtraQuestions() throws Exception {
		JsonNode service = item(client.get(BASE + "/services.json").json(), "service_code", code);
		assertThat(fieldNames(service)).containsExactly("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
		assertThat(service.get("service_name").asString()).isEqualTo("Defekte Straßenbeleuchtung");
		assertThat(service.get("metadata").isBoolean()).isTrue();
		assertThat(service.get("metadata").asBoolean()).isTrue();
		assertThat(service.get("type").asString()).isEqualTo("realtime");

		Element services = client.get(BASE + "/services.xml?jurisdiction_id=musterstadt.example").xml();
		assertThat(services.getTagName()).isEqualTo("services");
		Element xmlService = children(services, "service").stream().filter(s -> text(s, "service_code").equals(code)).findFirst().orElseThrow();
		assertThat(names(xmlService)).containsExactly("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
		assertThat(text(xmlService, "metadata")).isEqualTo("true");

		JsonNode definition = client.get(BASE + "/services/" + code + ".json").json();
		assertThat(definition.get("service_code").asString()).isEqualTo(code);
		JsonNode attributes = definition.get("attributes");
		assertThat(attributes).extracting(a -> a.get("code").asString()).containsExactly("mast_nummer", "art");
		JsonNode pole = attributes.get(0);
		assertThat(fieldNames(pole)).containsExactly("variable", "code", "datatype", "required", "datatype_description", "order",
				"description", "values");
		assertThat(pole.get("variable").asBoolean()).isTrue();
		assertThat(pole.get("datatype").asString()).isEqualTo("string");
		assertThat(pole.get("required").asBoolean()).isFalse();
		assertThat(pole.get("order").asInt()).isEqualTo(1);
		assertThat(pole.get("description").asString()).isEqualTo("Mast-Nummer");
		JsonNode kind = attributes.get(1);
		assertThat(kind.get("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(kind.get("order").asInt()).isEqualTo(2);
		assertThat(kind.get("values")).extracting(v -> v.get("key").asString() + "=" + v.get("name").asString())
			.containsExactly("dunkel=Leuchtet nicht", "flackert=Flackert");
		assertThat(client.get(BASE + "/services/" + code + ".json", "Accept-Language", "en").json().get("attributes").get(1)
			.get("description").asString()).isEqualTo("What is broken?");

		Element xmlDefinition = client.get(BASE + "/services/" + code + ".xml").xml();
		assertThat(xmlDefinition.getTagName()).isEqualTo("service_definition");
		List<Element> xmlAttributes = children(children(xmlDefinition, "attributes").get(0), "attribute");
		assertThat(xmlAttributes).extracting(a -> text(a, "code")).containsExactly("mast_nummer", "art");
		List<Element> values = children(children(xmlAttributes.get(1), "values").get(0), "value");
		assertThat(values).extracting(v -> text(v, "key") + "=" + text(v, "name")).containsExactly("dunkel=Leuchtet nicht", "flackert=Flackert");
	}

	@Test
	void unknownThingsAreAnsweredInTheSpecificationsErrorFormat() throws Exception {
		assertError(client.get(BASE + "/services/gibt-es-nicht.json"), 404, "gibt-es-nicht");
		assertError(client.get(BASE + "/services/gibt-es-nicht.xml"), 404, "gibt-es-nicht");
		assertError(client.get(BASE + "/requests/MUS-1999-999999.json"), 404, "MUS-1999-999999");
		assertError(client.get(BASE + "/tokens/nicht-vorhanden.xml"), 404, "nicht-vorhanden");
		assertError(client.get(BASE + "/services.html"), 404, "html");
		assertError(client.get(BASE + "/gibt-es-nicht.json"), 404, "Adresse");
		assertError(client.get(BASE + "/gibt-es-nicht"), 404, "Adresse");
		assertError(client.send("DELETE", BASE + "/services.json", "text/plain", new byte[0]), 405, "Methode");
		assertError(client.send("POST", BASE + "/requests.json?api_key=" + apiKey, "application/json",
				"{\"service_code\":\"x\"}".getBytes()), 415, "multipart/form-data");
		assertError(client.get(BASE + "/services.json?jurisdiction_id=anderswo.example"), 404, "anderswo.example");
		assertError(client.get(BASE + "/requests.json?start_date=gestern"), 400, "start_date");
		assertError(client.get(BASE + "/requests.xml?status=pending"), 400, "pending");
		assertError(client.get(BASE + "/requests.json?start_date=2026-11-02T00:00:00Z&end_date=2026-11-01T00:00:00Z"), 400, "end_date");
		Open311Client.Answer english = client.get(BASE + "/services/gibt-es-nicht.json", "Accept-Language", "en");
		assertThat(english.json().get(0).get("description").asString()).isEqualTo("There is no service with the service_code gibt-es-nicht.");
	}

	@Test
	void filingNeedsAValidKey() throws Exception {
		Map<String, String> report = report();
		report.remove("api_key");
		assertError(client.post(BASE + "/requests.json", report), 403, "api_key");
		assertError(client.post(BASE + "/requests.xml", report), 403, "api_key");
		report.put("api_key", "o311_erfunden");
		assertError(client.post(BASE + "/requests.json", report), 403, "ungültig");

		String revoked = key("Alte App", 1000);
		UUID revokedId = jdbc.queryForObject("select id from open311_api_key where name = 'Alte App' order by created_at desc limit 1", UUID.class);
		assertThat(new CatalogFixtures(context).as(administrator, () -> keys.revoke(revokedId))).isTrue();
		report.put("api_key", revoked);
		assertError(client.post(BASE + "/requests.json", report), 403, "widerrufen");
		assertThat(count()).isZero();
	}

	@Test
	void everyProblemOfAReportIsNamedAndNothingIsStored() throws Exception {
		Map<String, String> missing = new LinkedHashMap<>(Map.of("api_key", apiKey, "lat", "52.52", "long", "13.40"));
		assertThat(descriptions(assertError(client.post(BASE + "/requests.json", missing), 400, "service_code")))
			.containsExactly("Der Parameter service_code fehlt.");

		Map<String, String> unknown = report();
		unknown.put("service_code", "gibt-es-nicht");
		assertError(client.post(BASE + "/requests.json", unknown), 400, "gibt-es-nicht");

		Map<String, String> wrong = report();
		wrong.put("lat", "91");
		wrong.put("long", "181");
		wrong.put("attribute[art]", "rot");
		wrong.put("attribute[farbe]", "blau");
		JsonNode errors = assertError(client.post(BASE + "/requests.json", wrong), 400, "lat");
		assertThat(descriptions(errors)).containsExactlyInAnyOrder("lat muss eine Zahl von -90 bis 90 sein.",
				"long muss eine Zahl von -180 bis 180 sein.", "attribute[art]: rot ist keiner der erlaubten Werte.",
				"Der Dienst hat kein Attribut farbe.");

		Map<String, String> tooLongPole = report();
		tooLongPole.put("attribute[mast_nummer]", "x".repeat(21));
		Element xmlErrors = client.post(BASE + "/requests.xml", tooLongPole).xml();
		assertThat(xmlErrors.getTagName()).isEqualTo("errors");
		assertThat(children(xmlErrors, "error")).singleElement().satisfies(error -> {
			assertThat(text(error, "code")).isEqualTo("400");
			assertThat(text(error, "description")).startsWith("attribute[mast_nummer]: ");
		});

		Map<String, String> elsewhere = report();
		elsewhere.put("jurisdiction_id", "anderswo.example");
		assertError(client.post(BASE + "/requests.json", elsewhere), 404, "anderswo.example");

		Map<String, String> nowhere = report();
		nowhere.remove("lat");
		nowhere.remove("long");
		nowhere.remove("address_string");
		assertError(client.post(BASE + "/requests.json", nowhere), 400, "address_string");
		assertThat(count()).isZero();
	}

	@Test
	void aHugeBodyIsRefusedBeforeItIsRead() throws Exception {
		Map<String, String> report = report();
		report.put("description", "x".repeat(2 * 1024 * 1024));
		Open311Client.Answer answer = client.post(BASE + "/requests.json", report);
		assertError(answer, 413, "zu groß");
		assertError(client.post(BASE + "/requests.xml", report), 413, "zu groß");
		assertThat(count()).isZero();
	}

	@Test
	void aFiledReportCanBeReadWithoutPersonalDataAndShowsWhatStaffRelease() throws Exception {
		Map<String, String> report = report();
		report.put("phone", "0301234567");
		report.put("device_id", "geraet-4711");
		report.put("attribute[art]", "flackert");
		report.put("attribute[mast_nummer]", "M-4711");
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "Erika Mustermann");
		Open311Client.Answer filed = client.postMultipart(BASE + "/requests.json", report, "IMG_0001.jpg", photo);
		assertThat(filed.status()).as(filed.body()).isEqualTo(200);
		JsonNode created = filed.json().get(0);
		assertThat(fieldNames(created)).containsExactly("service_request_id", "token", "service_notice", "account_id");
		String reference = created.get("service_request_id").asString();
		String token = created.get("token").asString();
		assertThat(reference).matches("MUS-\\d{4}-\\d{6}");

		JsonNode request = client.get(BASE + "/requests/" + reference + ".json").json().get(0);
		assertThat(fieldNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo(code);
		assertThat(request.get("service_name").asString()).isEqualTo("Defekte Straßenbeleuchtung");
		assertThat(request.get("requested_datetime").asString()).matches(W3C);
		assertThat(request.get("updated_datetime").asString()).matches(W3C);
		assertThat(request.get("lat").isNumber()).isTrue();
		assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("52.52");
		assertThat(request.get("long").decimalValue()).isEqualByComparingTo("13.405");
		assertThat(request.get("address").asString()).isEqualTo("Hauptstraße 5, 12345 Musterstadt");
		assertThat(request.get("zipcode").asString()).isEqualTo("12345");
		assertThat(request.get("agency_responsible").asString()).isEqualTo(unit.name());
		assertThat(request.get("description").isNull()).as("the citizen's own text is not public").isTrue();
		assertThat(request.get("media_url").isNull()).as("photos are public once released").isTrue();
		assertNothingPersonal(client.get(BASE + "/requests/" + reference + ".json").body());
		assertNothingPersonal(client.get(BASE + "/requests/" + reference + ".xml").body());
		assertNothingPersonal(client.get(BASE + "/requests.json").body());

		Element xmlRequest = children(client.get(BASE + "/requests/" + reference + ".xml").xml(), "request").get(0);
		assertThat(names(xmlRequest)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(text(xmlRequest, "service_request_id")).isEqualTo(reference);
		assertThat(text(xmlRequest, "description")).isEmpty();

		JsonNode byToken = client.get(BASE + "/tokens/" + token + ".json").json().get(0);
		assertThat(byToken.get("service_request_id").asString()).isEqualTo(reference);
		assertThat(byToken.get("token").asString()).isEqualTo(token);
		Element xmlToken = children(client.get(BASE + "/tokens/" + token + ".xml").xml(), "request").get(0);
		assertThat(text(xmlToken, "service_request_id")).isEqualTo(reference);

		UUID unreleased = jdbc.queryForObject("select id from report_photo where report_id = (select id from report where reference = ?)",
				UUID.class, reference);
		assertThat(client.get("/meldungen/" + reference + "/fotos/" + unreleased).status()).isEqualTo(404);

		// staff release the photo, write a public description and reply, and close the report
		UUID reportId = jdbc.queryForObject("select id from report where reference = ?", UUID.class, reference);
		jdbc.update("update report_photo set released = true where report_id = ?", reportId);
		UUID photoId = jdbc.queryForObject("select id from report_photo where report_id = ?", UUID.class, reportId);
		jdbc.update("update report set public_description = ? where id = ?", "Straßenlaterne flackert.", reportId);
		records.addUpdate(reportId, ReportPhase.DONE, "Die Leuchte wurde getauscht.", Instant.now());
		records.changePhase(reportId, ReportPhase.DONE, null, Instant.now());

		JsonNode released = client.get(BASE + "/requests/" + reference + ".json").json().get(0);
		assertThat(released.get("media_url").asString()).isEqualTo("http://localhost/meldungen/" + reference + "/fotos/" + photoId);
		assertThat(client.get("/meldungen/" + reference + "/fotos/" + photoId).header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(released.get("description").asString()).isEqualTo("Straßenlaterne flackert.");
		assertThat(released.get("status_notes").asString()).isEqualTo("Die Leuchte wurde getauscht.");
		assertThat(released.get("status").asString()).isEqualTo("closed");
		assertNothingPersonal(client.get(BASE + "/requests/" + reference + ".xml").body());

		JsonNode updates = client.get(BASE + "/servicerequestupdates.json").json();
		List<JsonNode> ours = StreamSupport.stream(updates.spliterator(), false)
			.filter(u -> u.get("service_request_id").asString().equals(reference)).toList();
		assertThat(ours).extracting(u -> u.get("status").asString()).containsExactly("open", "fixed");
		assertThat(fieldNames(ours.get(1))).containsExactly("update_id", "service_request_id", "status", "updated_datetime",
				"description", "media_url");
		assertThat(ours.get(1).get("description").asString()).isEqualTo("Die Leuchte wurde getauscht.");
		assertThat(ours.get(1).get("updated_datetime").asString()).matches(W3C);
		Element xmlUpdates = client.get(BASE + "/servicerequestupdates.xml").xml();
		assertThat(xmlUpdates.getTagName()).isEqualTo("service_request_updates");
		assertThat(children(xmlUpdates, "request_update")).anySatisfy(update -> {
			assertThat(text(update, "service_request_id")).isEqualTo(reference);
			assertThat(text(update, "status")).isEqualTo("fixed");
		});
		assertThat(client.get(BASE + "/servicerequestupdates.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")
			.json()).isEmpty();
	}

	@Test
	void theStandardFiltersSelectRequests() throws Exception {
		String other = new ReportFixtures(context).category(unit, "Illegale Müllablagerung");
		String first = file(report());
		Map<String, String> waste = report();
		waste.put("service_code", other);
		waste.remove("attribute[art]");
		String second = file(waste);
		UUID secondId = jdbc.queryForObject("select id from report where reference = ?", UUID.class, second);
		records.changePhase(secondId, ReportPhase.DONE, null, Instant.now());

		assertThat(references(BASE + "/requests.json?service_code=" + code)).contains(first).doesNotContain(second);
		assertThat(references(BASE + "/requests.json?service_code=" + code + "," + other)).contains(first, second);
		assertThat(references(BASE + "/requests.json?status=closed")).contains(second).doesNotContain(first);
		assertThat(references(BASE + "/requests.json?status=open,closed&service_code=" + other)).containsExactly(second);
		assertThat(references(BASE + "/requests.json?service_request_id=" + first + "," + second + "&status=closed"))
			.as("with service_request_id every other parameter is ignored").containsExactly(first, second);
		assertThat(references(BASE + "/requests.json?start_date=2099-01-01T00:00:00%2B01:00")).isEmpty();
		assertThat(references(BASE + "/requests.json?start_date=2020-01-01&end_date=2020-03-01")).isEmpty();
		assertThat(references(BASE + "/requests.json?end_date=2099-01-01T00:00:00Z")).as("90 days back from end_date").isEmpty();
		assertThat(children(client.get(BASE + "/requests.xml?service_code=" + other).xml(), "request"))
			.extracting(r -> text(r, "service_request_id")).containsExactly(second);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyFilesOneReport() throws Exception {
		Map<String, String> report = report();
		String key = "retry-" + UUID.randomUUID();
		Open311Client.Answer first = client.post(BASE + "/requests.xml", report, "Idempotency-Key", key);
		Open311Client.Answer again = client.post(BASE + "/requests.xml", report, "Idempotency-Key", key);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		Element created = children(first.xml(), "request").get(0);
		assertThat(names(created)).containsExactly("service_request_id", "token", "service_notice", "account_id");
		assertThat(text(children(again.xml(), "request").get(0), "service_request_id")).isEqualTo(text(created, "service_request_id"));
		assertThat(count()).isEqualTo(1);

		// the key is the client's: another client with the same key files its own report
		report.put("api_key", key("Zweite App", 1000));
		client.post(BASE + "/requests.xml", report, "Idempotency-Key", key);
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aClientOverItsBudgetIsToldWhenToTryAgain() throws Exception {
		String small = key("Kleine App", 2);
		assertThat(client.get(BASE + "/services.json?api_key=" + small).status()).isEqualTo(200);
		assertThat(client.get(BASE + "/services.json?api_key=" + small).status()).isEqualTo(200);
		Open311Client.Answer refused = client.get(BASE + "/services.xml?api_key=" + small);
		assertError(refused, 429, "Retry-After");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(client.get(BASE + "/services.json?api_key=" + apiKey).status()).as("other keys are not affected").isEqualTo(200);
	}

	@Test
	void theApiIsStatelessAndReadableFromOtherOrigins() throws Exception {
		Open311Client.Answer answer = client.get(BASE + "/services.json", "Origin", "https://stadtplan.example");
		assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(answer.header("Set-Cookie")).isNull();
		Open311Client.Answer filed = client.post(BASE + "/requests.json", report());
		assertThat(filed.status()).as("no CSRF token needed with a key").isEqualTo(200);
		assertThat(filed.header("Set-Cookie")).isNull();
	}

	private Map<String, String> report() {
		Map<String, String> report = new LinkedHashMap<>();
		report.put("api_key", apiKey);
		report.put("service_code", code);
		report.put("lat", "52.52");
		report.put("long", "13.405");
		report.put("address_string", "Hauptstraße 5, 12345 Musterstadt");
		report.put("email", "erika@teststadt.example");
		report.put("first_name", "Erika");
		report.put("last_name", "Mustermann");
		report.put("description", "Die Leuchte vor dem Haus von Erika Mustermann flackert.");
		report.put("attribute[art]", "dunkel");
		return report;
	}

	private String file(Map<String, String> report) throws Exception {
		Open311Client.Answer answer = client.post(BASE + "/requests.json", report);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get(0).get("service_request_id").asString();
	}

	private List<String> references(String path) throws Exception {
		return StreamSupport.stream(client.get(path).json().spliterator(), false).map(r -> r.get("service_request_id").asString()).toList();
	}

	private String key(String name, int requestsPerMinute) {
		return new CatalogFixtures(context).as(administrator, () -> keys.create(name, false, requestsPerMinute)).secret();
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from report where category_code = ?", Integer.class, code);
	}

	private static void assertNothingPersonal(String body) {
		assertThat(body).doesNotContain("erika").doesNotContain("Erika").doesNotContain("Mustermann").doesNotContain("0301234567")
			.doesNotContain("geraet-4711").doesNotContain("vor dem Haus");
	}

	/** The specification's error list in the answer's format, each error with the status as its code. */
	private static JsonNode assertError(Open311Client.Answer answer, int status, String mentioned) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception").contains(mentioned);
		if (answer.header("Content-Type").startsWith("text/xml")) {
			Element errors = answer.xml();
			assertThat(errors.getTagName()).isEqualTo("errors");
			assertThat(children(errors, "error")).isNotEmpty().allSatisfy(error -> {
				assertThat(names(error)).containsExactly("code", "description");
				assertThat(text(error, "code")).isEqualTo(Integer.toString(status));
			});
			return tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
		}
		JsonNode errors = answer.json();
		assertThat(errors.isArray()).isTrue();
		assertThat(errors).isNotEmpty().allSatisfy(error -> {
			assertThat(fieldNames(error)).containsExactly("code", "description");
			assertThat(error.get("code").isInt()).isTrue();
			assertThat(error.get("code").asInt()).isEqualTo(status);
		});
		return errors;
	}

	private static List<String> descriptions(JsonNode errors) {
		return StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("description").asString()).toList();
	}

	private static List<String> fieldNames(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

	private static JsonNode item(JsonNode list, String field, String value) {
		return StreamSupport.stream(list.spliterator(), false).filter(n -> n.get(field).asString().equals(value)).findFirst()
			.orElseThrow(() -> new AssertionError(value + " not in " + list));
	}
}
