package de.amtsportal.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

import de.amtsportal.audit.AuditEntry;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.audit.AuditTrail.AuditQuery;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceEditing;
import de.amtsportal.catalog.internal.ServiceStatus;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office of the catalogue: only editors get in; a service goes from draft to published to withdrawn;
 * wrong input is explained next to its field and in the error summary, and stores nothing; every change is
 * in the audit trail.
 */
@IntegrationTest
class ServiceEditorIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceEditing editing;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void citizensAndCaseworkersCannotEditTheCatalogue() throws Exception {
		TestAccounts people = new TestAccounts(context);
		CatalogFixtures fixtures = new CatalogFixtures(context);
		OrgUnit water = people.unit("Untere Wasserbehörde");
		Account citizen = people.citizen("erika-" + UUID.randomUUID() + "@example.org");
		Account caseworker = people.caseworker("sam-" + UUID.randomUUID() + "@teststadt.example", water.id());
		Service service = fixtures.draft(CatalogFixtures.slug("brunnen"),
				CatalogFixtures.content(water.id(), "Anzeige einer Brunnenbohrung", "Kurz.", "Lang."));

		for (Account outsider : new Account[] { citizen, caseworker }) {
			mvc.perform(get("/amt/leistungen").with(people.signedIn(outsider))).andExpect(status().isForbidden());
			mvc.perform(get("/amt/leistungen/neu").with(people.signedIn(outsider))).andExpect(status().isForbidden());
			mvc.perform(get("/amt/leistungen/" + service.id() + "/bearbeiten").with(people.signedIn(outsider)))
				.andExpect(status().isForbidden());
			mvc.perform(form(post("/amt/leistungen/neu"), valid(water.id(), CatalogFixtures.slug("fremd"))).with(people.signedIn(outsider)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/amt/leistungen/" + service.id() + "/veroeffentlichen").with(csrf()).with(people.signedIn(outsider)))
				.andExpect(status().isForbidden());

			assertThatThrownBy(() -> fixtures.as(outsider, () -> editing.create(CatalogFixtures.slug("fremd"),
					CatalogFixtures.content(water.id(), "Fremd", "Kurz.", "Lang.")))).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> fixtures.as(outsider, () -> {
				editing.publish(service.id());
				return null;
			})).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> fixtures.as(outsider, () -> editing.overview(Pageable.ofSize(10))))
				.isInstanceOf(AccessDeniedException.class);
		}
		mvc.perform(get("/amt/leistungen")).andExpect(status().is3xxRedirection());
		assertThat(editing.getClass().getName()).as("the service is proxied by method security").contains("$$");
		assertThat(fixtures.as(fixtures.editor(), () -> editing.get(service.id())).status()).isEqualTo(ServiceStatus.DRAFT);
	}

	@Test
	void anEditorCreatesPublishesRevisesAndWithdrawsAServiceAndEveryStepIsAudited() throws Exception {
		TestAccounts people = new TestAccounts(context);
		CatalogFixtures fixtures = new CatalogFixtures(context);
		OrgUnit water = people.unit("Untere Wasserbehörde");
		Account editor = fixtures.editor();
		String slug = CatalogFixtures.slug("anzeige-brunnenbohrung");

		mvc.perform(get("/amt/leistungen/neu").with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(water.name())))
			.andExpect(content().string(containsString("<legend><h2 class=\"kern-heading-medium\">Texte auf Englisch (optional)</h2></legend>")));

		MvcResult created = mvc.perform(form(post("/amt/leistungen/neu"), valid(water.id(), slug)).with(people.signedIn(editor)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Service service = fixtures.as(editor, () -> editing.overview(Pageable.ofSize(1000))).stream()
			.filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/amt/leistungen/" + service.id() + "/bearbeiten");
		assertThat(service.status()).isEqualTo(ServiceStatus.DRAFT);
		assertThat(service.feeKind()).isEqualTo(FeeKind.FIXED);
		assertThat(service.feeAmount()).isEqualByComparingTo("30.5");
		assertThat(service.german().documents()).containsExactly("Lageplan", "Personalausweis");
		assertThat(service.english().name()).isEqualTo("Notification of drilling a well");
		mvc.perform(get("/leistungen/" + slug)).andExpect(status().isNotFound());

		mvc.perform(get("/amt/leistungen/" + service.id() + "/bearbeiten").with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Anzeige einer Brunnenbohrung\"")))
			.andExpect(content().string(containsString("Diese Leistung ist ein Entwurf")));
		mvc.perform(post("/amt/leistungen/" + service.id() + "/veroeffentlichen").with(csrf()).with(people.signedIn(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/leistungen/" + slug)).andExpect(status().isOk());

		Map<String, String> changed = valid(water.id(), slug);
		changed.put("nameDe", "Anzeige einer Gartenbrunnenbohrung");
		mvc.perform(form(post("/amt/leistungen/" + service.id() + "/bearbeiten"), changed).with(people.signedIn(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/leistungen/" + slug)).andExpect(content().string(containsString("Anzeige einer Gartenbrunnenbohrung")));
		mvc.perform(get("/amt/leistungen").with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anzeige einer Gartenbrunnenbohrung")))
			.andExpect(content().string(containsString("Veröffentlicht")));

		mvc.perform(post("/amt/leistungen/" + service.id() + "/zuruecknehmen").with(csrf()).with(people.signedIn(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/leistungen/" + slug)).andExpect(status().isNotFound());

		Account admin = people.administrator("admin-" + UUID.randomUUID() + "@teststadt.example");
		assertThat(fixtures.as(admin, () -> auditTrail.search(new AuditQuery(null, null, null, null), Pageable.ofSize(500))))
			.filteredOn(e -> service.id().toString().equals(e.subject()))
			.allMatch(e -> e.actor().equals(editor.id().toString()))
			.extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("catalog.service-created", "catalog.service-published", "catalog.service-changed",
					"catalog.service-withdrawn");
	}

	@Test
	void badInputIsExplainedAtTheFieldAndInTheSummaryAndStoresNothing() throws Exception {
		TestAccounts people = new TestAccounts(context);
		CatalogFixtures fixtures = new CatalogFixtures(context);
		OrgUnit water = people.unit("Untere Wasserbehörde");
		Account editor = fixtures.editor();
		String slug = CatalogFixtures.slug("fehler");

		Map<String, String> empty = valid(water.id(), slug);
		empty.put("nameDe", "   ");
		empty.put("privacyRetentionDe", "");
		rejected(editor, empty, "nameDe", "Bitte geben Sie den Namen der Leistung an.");
		rejected(editor, empty, "privacyRetentionDe", "Bitte geben Sie im Datenschutzhinweis die Speicherdauer an.");

		empty.put("feeAmount", "-1");
		String page = mvc.perform(form(post("/amt/leistungen/neu"), empty).with(people.signedIn(editor)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).as("the summary lists the errors in the order of the fields")
			.containsSubsequence("href=\"#feeAmount\"", "href=\"#nameDe\"", "href=\"#privacyRetentionDe\"")
			.contains(">Bohrungen ins Grundwasser vorher anzeigen.</textarea>");

		Map<String, String> tooLong = valid(water.id(), slug);
		tooLong.put("summaryDe", "x".repeat(501));
		tooLong.put("nameEn", "y".repeat(201));
		rejected(editor, tooLong, "summaryDe", "Die Kurzbeschreibung darf höchstens 500 Zeichen lang sein.");
		rejected(editor, tooLong, "nameEn", "Der englische Name darf höchstens 200 Zeichen lang sein.");

		Map<String, String> negative = valid(water.id(), slug);
		negative.put("feeAmount", "-5,00");
		rejected(editor, negative, "feeAmount", "Die Gebühr darf nicht negativ sein.");
		negative.put("feeAmount", "zwanzig");
		rejected(editor, negative, "feeAmount", "Bitte geben Sie den Betrag als Zahl mit höchstens zwei Nachkommastellen an");
		negative.put("feeKind", "CALCULATED");
		negative.put("feeNoteDe", "");
		rejected(editor, negative, "feeNoteDe", "Bitte beschreiben Sie im Hinweis zur Gebühr, wie die Gebühr berechnet wird.");

		Map<String, String> unknownUnit = valid(UUID.randomUUID(), slug);
		rejected(editor, unknownUnit, "responsibleUnit", "Diese Stelle gibt es nicht. Bitte wählen Sie eine Stelle aus der Liste.");
		unknownUnit.put("responsibleUnit", "Rathaus");
		rejected(editor, unknownUnit, "responsibleUnit", "Diese Stelle gibt es nicht.");
		Map<String, String> unknownForm = valid(water.id(), slug);
		unknownForm.put("formId", UUID.randomUUID().toString());
		rejected(editor, unknownForm, "formId", "Dieses Formular gibt es nicht.");

		Map<String, String> wrongChoices = valid(water.id(), slug);
		wrongChoices.put("topic", "GARTEN");
		wrongChoices.put("signIn", "");
		wrongChoices.put("leikaKey", "12345");
		wrongChoices.put("slug", "Brunnen Bohrung!");
		rejected(editor, wrongChoices, "topic", "Bitte wählen Sie ein Thema.");
		rejected(editor, wrongChoices, "signIn", "Bitte wählen Sie, ob für den Online-Antrag eine Anmeldung nötig ist.");
		rejected(editor, wrongChoices, "leikaKey", "Der Leistungsschlüssel besteht aus 14 Ziffern");
		rejected(editor, wrongChoices, "slug", "Die Adresse darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten");

		assertThat(fixtures.as(editor, () -> editing.overview(Pageable.ofSize(1000))).stream().map(Service::slug))
			.as("nothing was stored").doesNotContain(slug);

		Service existing = fixtures.draft(CatalogFixtures.slug("vorhanden"),
				CatalogFixtures.content(water.id(), "Vorhandene Leistung", "Kurz.", "Lang."));
		rejected(editor, valid(water.id(), existing.slug()), "slug", "Diese Adresse hat schon eine andere Leistung.");

		Map<String, String> badEdit = valid(water.id(), existing.slug());
		badEdit.put("nameDe", "");
		badEdit.put("descriptionDe", "Neue Beschreibung, die nicht gespeichert werden darf.");
		mvc.perform(form(post("/amt/leistungen/" + existing.id() + "/bearbeiten"), badEdit).with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#nameDe\">Bitte geben Sie den Namen der Leistung an.</a>")));
		Service unchanged = fixtures.as(editor, () -> editing.get(existing.id()));
		assertThat(unchanged.nameDe()).isEqualTo("Vorhandene Leistung");
		assertThat(unchanged.german().description()).isEqualTo("Lang.");
	}

	@Test
	void errorMessagesAreInEnglishOnTheEnglishPage() throws Exception {
		TestAccounts people = new TestAccounts(context);
		CatalogFixtures fixtures = new CatalogFixtures(context);
		OrgUnit water = people.unit("Untere Wasserbehörde");
		Map<String, String> input = valid(water.id(), CatalogFixtures.slug("englisch"));
		input.put("nameDe", "");
		input.put("feeAmount", "-1");
		mvc.perform(form(post("/amt/leistungen/neu"), input).with(people.signedIn(fixtures.editor())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of the service.")))
			.andExpect(content().string(containsString("The fee must not be negative.")))
			.andExpect(content().string(not(containsString("Bitte geben Sie den Namen"))));
	}

	/** The field's message appears in the error summary, linked to the field, and next to the marked field. */
	private void rejected(Account editor, Map<String, String> input, String field, String message) throws Exception {
		TestAccounts people = new TestAccounts(context);
		String url = "/amt/leistungen/neu";
		mvc.perform(form(post(url), input).with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte prüfen Sie Ihre Angaben")))
			.andExpect(content().string(containsString("<a href=\"#" + field + "\">" + message)))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> input) {
		LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		input.forEach(parameters::add);
		return request.with(csrf()).params(parameters);
	}

	/** Everything an editor fills in for a complete service. */
	static Map<String, String> valid(UUID unit, String slug) {
		Map<String, String> input = new LinkedHashMap<>();
		input.put("slug", slug);
		input.put("topic", "ENVIRONMENT");
		input.put("kind", "REPORT");
		input.put("responsibleUnit", unit.toString());
		input.put("formId", "");
		input.put("signIn", "OPTIONAL");
		input.put("leikaKey", "");
		input.put("feeKind", "FIXED");
		input.put("feeAmount", "30,50");
		input.put("nameDe", "Anzeige einer Brunnenbohrung");
		input.put("summaryDe", "Bohrungen ins Grundwasser vorher anzeigen.");
		input.put("descriptionDe", "Jede Bohrung ist einen Monat vorher anzuzeigen.\r\n\r\nDanach dürfen Sie bohren.");
		input.put("documentsDe", "Lageplan\r\n\r\nPersonalausweis\r\n");
		input.put("feeNoteDe", "je Anzeige");
		input.put("processingTimeDe", "Ein Monat");
		input.put("legalBasisDe", "§ 49 WHG");
		input.put("privacyPurposesDe", "Prüfung der Anzeige.");
		input.put("privacyLegalBasisDe", "Art. 6 Abs. 1 Buchst. e DSGVO.");
		input.put("privacyRecipientsDe", "Untere Wasserbehörde.");
		input.put("privacyRetentionDe", "Zehn Jahre.");
		input.put("privacyContactDe", "Datenschutzbeauftragte, Marktplatz 1");
		input.put("nameEn", "Notification of drilling a well");
		for (String part : new String[] { "summaryEn", "descriptionEn", "documentsEn", "feeNoteEn", "processingTimeEn",
				"legalBasisEn", "privacyPurposesEn", "privacyLegalBasisEn", "privacyRecipientsEn", "privacyRetentionEn",
				"privacyContactEn" }) {
			input.put(part, "");
		}
		return input;
	}
}
