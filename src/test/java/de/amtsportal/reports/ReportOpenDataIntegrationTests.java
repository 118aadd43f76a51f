package de.amtsportal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports as open data: the GeoJSON and CSV downloads carry what the public report page shows, released photos
 * once released, and never the reporter, the reporter's own text or extra answers; the open-data page and its
 * DCAT-AP.de catalogue list the dataset for harvesting.
 */
@IntegrationTest
class ReportOpenDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Autowired
	JsonMapper json;

	String code;
	FiledReport filed;

	@BeforeEach
	void setUp() {
		code = new ReportFixtures(context).category(new TestAccounts(context).unit("Tiefbauamt"), "Wilder Müll");
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "Erika Mustermann");
		filed = reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.516300"), new BigDecimal("13.377700")),
				"Pariser Platz 1, Musterstadt", "Sperrmüll von Max Nachbar vor der Tür.", "erika.melderin@teststadt.example", "Erika",
				"Melderin", Map.of(), List.of(new PhotoUpload("Erika_Melderin_Muell.jpg", photo)), null, Locale.GERMAN));
	}

	@Test
	void theGeoJsonHasEveryReportAsAPointWithWhatIsPublicOnly() throws Exception {
		String body = download("/open-data/meldungen.geojson", "application/geo+json");
		assertNothingPersonal(body);
		JsonNode feature = feature(body);
		assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
		assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(13.3777);
		assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(52.5163);
		JsonNode properties = feature.get("properties");
		assertThat(properties.get("kategorie").asString()).isEqualTo(code);
		assertThat(properties.get("kategorie_name").asString()).isEqualTo("Wilder Müll");
		assertThat(properties.get("status").asString()).isEqualTo("open");
		assertThat(properties.get("adresse").asString()).isEqualTo("Pariser Platz 1, Musterstadt");
		assertThat(properties.get("seite").asString()).endsWith("/meldungen/" + filed.reference());
		assertThat(properties.get("fotos")).isEmpty();

		UUID photoId = jdbc.queryForObject("select id from report_photo where report_id = ?", UUID.class, filed.reportId());
		jdbc.update("update report_photo set released = true where id = ?", photoId);
		JsonNode released = feature(download("/open-data/meldungen.geojson", "application/geo+json"));
		assertThat(released.get("properties").get("fotos").get(0).asString()).endsWith("/meldungen/" + filed.reference() + "/fotos/" + photoId);
	}

	@Test
	void theCsvHasTheSameRecordsInStableColumns() throws Exception {
		String body = download("/open-data/meldungen.csv", "text/csv");
		assertNothingPersonal(body);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(body))
			.getRecords();
		CSVRecord row = rows.stream().filter(r -> r.get("kennung").equals(filed.reference())).findFirst().orElseThrow();
		assertThat(row.get("kategorie")).isEqualTo(code);
		assertThat(row.get("breite")).isEqualTo("52.516300");
		assertThat(row.get("laenge")).isEqualTo("13.377700");
		assertThat(row.get("phase")).isEqualTo("received");
		assertThat(row.get("fotos")).isEmpty();
	}

	@Test
	void theOpenDataPageAndItsCatalogueListTheDataset() throws Exception {
		mvc.perform(get("/open-data")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Meldungen aus dem Mängelmelder")))
			.andExpect(content().string(containsString("/open-data/meldungen.geojson")));
		mvc.perform(get("/open-data").param("lang", "en")).andExpect(content().string(containsString("Reports of problems in public space")));
		mvc.perform(get("/open-data/dcat.rdf")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/open-data/meldungen\"")))
			.andExpect(content().string(containsString("/open-data/meldungen.csv")))
			.andExpect(content().string(containsString("data-theme/TRAN")))
			.andExpect(content().string(containsString("frequency/CONTINUOUS")));
	}

	/** The downloads walk through the reports page by page, each continuing after the last report of the one before. */
	@Test
	void pagesContinueAfterTheLastReportEvenWhenReportsShareTheirTime() {
		for (int i = 0; i < 4; i++) {
			reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.5164" + i), new BigDecimal("13.3778" + i)),
					null, "Müll Nummer " + i, "melder" + i + "@teststadt.example", "Max", "Melder", Map.of(), List.of(), null,
					Locale.GERMAN));
		}
		// two pairs of reports made in the same microsecond: the id decides their order, and no page may skip or repeat one
		List<UUID> ids = jdbc.queryForList("select id from report where category_code = ? order by requested_at desc, id",
				UUID.class, code);
		jdbc.update("update report set requested_at = (select requested_at from report where id = ?) where id = ?", ids.get(0), ids.get(1));
		jdbc.update("update report set requested_at = (select requested_at from report where id = ?) where id = ?", ids.get(2), ids.get(3));
		ReportQuery everything = new ReportQuery(Set.of(code), Set.of(), Set.of(), null, null, null, 100, 0);
		List<UUID> expected = reports.search(everything, Locale.GERMAN).stream().map(PublicReport::id).toList();
		assertThat(expected).hasSize(5);

		List<UUID> walked = new ArrayList<>();
		ReportQuery query = new ReportQuery(Set.of(code), Set.of(), Set.of(), null, null, null, 2, 0);
		// at most ten pages: a walk that does not move on fails here instead of running forever
		for (int pages = 0; pages < 10; pages++) {
			List<PublicReport> page = reports.search(query, Locale.GERMAN);
			if (page.isEmpty()) {
				break;
			}
			page.forEach(r -> walked.add(r.id()));
			query = query.after(page.get(page.size() - 1));
		}
		assertThat(walked).isEqualTo(expected);
	}

	private String download(String path, String mediaType) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(mediaType)))
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private JsonNode feature(String body) {
		JsonNode collection = json.readTree(body);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		for (JsonNode feature : collection.get("features")) {
			if (feature.get("id").asString().equals(filed.reference())) {
				return feature;
			}
		}
		throw new AssertionError("report " + filed.reference() + " not in the dataset");
	}

	private static void assertNothingPersonal(String body) {
		assertThat(body).contains("Pariser Platz 1").doesNotContain("erika.melderin").doesNotContain("Melderin")
			.doesNotContain("Max Nachbar").doesNotContain("Erika");
	}
}
