package de.amtsportal.reports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routing by area: an administrator uploads a unit's area for a category, and a report inside it is opened as a
 * case in that unit, one outside every area in the category's unit. Unusable files are refused with the reason
 * and leave the previous area as it was.
 */
@IntegrationTest
class AreaRoutingIntegrationTests {

	/** A square around Münster's old town. */
	static final String OLD_TOWN = """
			{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Altstadt"},
			  "geometry": {"type": "Polygon", "coordinates": [[[7.60, 51.95], [7.64, 51.95], [7.64, 51.97], [7.60, 51.97], [7.60, 51.95]]]}}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submissions submissions;

	TestAccounts people;
	OrgUnit cityworks;
	OrgUnit district;
	String category;
	Account administrator;
	Account citizen;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		cityworks = people.unit("Tiefbauamt");
		district = people.unit("Bezirksamt Mitte");
		// the noise complaint's form has the position on its second page, as some report forms do
		category = new ReportFixtures(context).category(cityworks, "Schlagloch", ApplicationFixtures.NOISE_COMPLAINT, ServiceKind.REPORT);
		administrator = people.administrator(TestAccounts.unique("admin"));
		citizen = people.citizen(TestAccounts.unique("erika"));
	}

	@Test
	void aReportInsideAUnitsAreaGoesToThatUnitAndOneOutsideToTheCategorysUnit() throws Exception {
		upload(district, OLD_TOWN).andExpect(redirectedUrl("/amt/admin/meldegebiete"));
		mvc.perform(get("/amt/admin/meldegebiete").with(people.signedIn(administrator)))
			.andExpect(content().string(allOf(containsString("Bezirksamt Mitte"), containsString("1 Fläche"), containsString(category))));

		UUID inside = report("51.96", "7.62");
		UUID outside = report("52.52", "13.40");

		assertThat(submissions.find(inside).orElseThrow().responsibleUnit()).isEqualTo(district.id());
		assertThat(caseUnit(inside)).isEqualTo(district.id());
		assertThat(submissions.find(outside).orElseThrow().responsibleUnit()).isEqualTo(cityworks.id());
		assertThat(caseUnit(outside)).isEqualTo(cityworks.id());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'reports.area-uploaded' and subject = ?",
				Integer.class, district.id().toString())).isEqualTo(1);
	}

	@Test
	void anUnusableFileIsRefusedWithTheReasonAndTheStoredAreaStays() throws Exception {
		upload(district, OLD_TOWN).andExpect(redirectedUrl("/amt/admin/meldegebiete"));

		upload(district, "{\"type\": \"FeatureCollection\", \"features\": [").andExpect(status().isOk())
			.andExpect(content().string(containsString("kein gültiges JSON (Zeile 1")));
		upload(district, OLD_TOWN.replace("Polygon", "LineString")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Objekt 1: Der Geometrietyp „LineString“ ist hier nicht möglich")));
		// UTM coordinates of the same square: a projected export
		upload(district, OLD_TOWN.replace("[7.60, 51.95]", "[405000, 5757000]")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Der Punkt 405000.0, 5757000.0 liegt außerhalb von WGS84")));
		// a bow tie: the boundary crosses itself
		upload(district, OLD_TOWN.replace("[7.64, 51.95], [7.64, 51.97]", "[7.64, 51.97], [7.64, 51.95]")).andExpect(status().isOk())
			.andExpect(content().string(containsString("der Rand schneidet sich selbst")));
		upload(district, "{\"type\": \"FeatureCollection\", \"features\": []}").andExpect(status().isOk())
			.andExpect(content().string(containsString("enthält keine Flächen")));
		mvc.perform(multipart("/amt/admin/meldegebiete/" + district.id())
			.file(new MockMultipartFile("datei", "gebiet.geojson", "application/geo+json", OLD_TOWN.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(people.signedIn(administrator)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("mindestens eine der angebotenen Kategorien")));

		assertThat(report("51.96", "7.62")).satisfies(inside -> assertThat(caseUnit(inside)).isEqualTo(district.id()));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and action like 'reports.area-%'",
				Integer.class, district.id().toString())).isEqualTo(1);
	}

	@Test
	void anAreaIsReplacedAsAWholeAndRemoved() throws Exception {
		upload(district, OLD_TOWN).andExpect(redirectedUrl("/amt/admin/meldegebiete"));
		upload(district, OLD_TOWN.replace("51.95", "52.50").replace("51.97", "52.54").replace("7.60", "13.38").replace("7.64", "13.42"))
			.andExpect(redirectedUrl("/amt/admin/meldegebiete"));
		assertThat(caseUnit(report("51.96", "7.62"))).isEqualTo(cityworks.id());
		assertThat(caseUnit(report("52.52", "13.40"))).isEqualTo(district.id());

		mvc.perform(post("/amt/admin/meldegebiete/" + district.id() + "/entfernen").with(csrf()).with(people.signedIn(administrator)))
			.andExpect(redirectedUrl("/amt/admin/meldegebiete"));
		assertThat(caseUnit(report("52.52", "13.40"))).isEqualTo(cityworks.id());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and action in ('reports.area-replaced', 'reports.area-removed')",
				Integer.class, district.id().toString())).isEqualTo(2);
	}

	@Test
	void onlyAdministratorsManageAreas() throws Exception {
		Account caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), district.id());
		mvc.perform(get("/amt/admin/meldegebiete").with(people.signedIn(caseworker))).andExpect(status().isForbidden());
		mvc.perform(multipart("/amt/admin/meldegebiete/" + district.id())
			.file(new MockMultipartFile("datei", "gebiet.geojson", "application/geo+json", OLD_TOWN.getBytes(StandardCharsets.UTF_8)))
			.param("kategorien", category).with(csrf()).with(people.signedIn(caseworker))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from report_area where org_unit = ?", Integer.class, district.id())).isZero();
	}

	private ResultActions upload(OrgUnit unit, String geojson) throws Exception {
		return mvc.perform(multipart("/amt/admin/meldegebiete/" + unit.id())
			.file(new MockMultipartFile("datei", "gebiet.geojson", "application/geo+json", geojson.getBytes(StandardCharsets.UTF_8)))
			.param("kategorien", category).with(csrf()).with(people.signedIn(administrator)));
	}

	/** Files a report at the position through the citizens' pages and waits for its case. */
	private UUID report(String lat, String lon) throws Exception {
		var as = people.signedIn(citizen);
		String first = mvc.perform(post("/antrag/" + category).with(csrf()).with(as)).andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		mvc.perform(post(base + "/person").with(csrf()).with(as).param("f.vorname", "Erika").param("f.nachname", "Mustermann")
			.param("f.email", citizen.email()));
		mvc.perform(post(base + "/angaben").with(csrf()).with(as).param("f.beschreibung", "Schlagloch.").param("f.standort.lat", lat)
			.param("f.standort.lon", lon));
		String confirmation = mvc.perform(post(base + "/absenden").with(csrf()).with(as)).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(confirmation.replaceAll(".*/antraege/([0-9a-f-]{36})/bestaetigung.*", "$1"));
		Applying.awaitEventsHandled(jdbc, id);
		return id;
	}

	private UUID caseUnit(UUID submission) {
		return jdbc.queryForObject("select org_unit from cases where submission_id = ?", UUID.class, submission);
	}
}
