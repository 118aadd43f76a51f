package de.amtsportal.forms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.access.Role;
import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.definition.SampleForms;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.NewForm;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The builder's pages through HTTP: building a form without JavaScript, precise messages for invalid edits that
 * leave the stored version unchanged, the review pages, the comparison, the downloads, the JSON import, and who
 * may do what.
 */
@IntegrationTest
class FormBuilderIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FormManagement management;

	TestAccounts people;
	OrgUnit unit;
	OrgUnit otherUnit;
	Account editor;
	Account reviewer;
	Account otherReviewer;
	Account caseworker;
	Account citizen;

	@BeforeEach
	void people() {
		people = new TestAccounts(context);
		String run = UUID.randomUUID().toString().substring(0, 8);
		unit = people.unit("Bürgeramt");
		otherUnit = people.unit("Ordnungsamt");
		editor = people.create("redaktion." + run + "@teststadt.example", Membership.global(Role.FORM_EDITOR));
		reviewer = people.create("pruefung." + run + "@teststadt.example", Membership.inUnit(Role.REVIEWER, unit.id()));
		otherReviewer = people.create("ordnung." + run + "@teststadt.example", Membership.inUnit(Role.REVIEWER, otherUnit.id()));
		caseworker = people.caseworker("sachbearbeitung." + run + "@teststadt.example", unit.id());
		citizen = people.citizen("erika." + run + "@example.org");
	}

	private RequestPostProcessor as(Account account) {
		return people.signedIn(account);
	}

	private FormDefinition stored(UUID versionId) throws Exception {
		return FormDefinitionJson.read(call(editor, () -> management.version(versionId)).definition());
	}

	private FormVersion sample(String slug) throws Exception {
		return call(editor, () -> management.create(new NewForm(slug, "Anmeldung", "Registration", unit.id(), Audience.PUBLIC, SampleForms.MOVING_IN)));
	}

	@Test
	void anEditorBuildsAFormWithoutJavaScript() throws Exception {
		String created = mvc.perform(post("/amt/formulare/neu").with(as(editor)).with(csrf())
			.param("slug", "hundesteuer").param("titleDe", "Anmeldung eines Hundes").param("titleEn", "Registering a dog")
			.param("responsibleUnit", unit.id().toString()).param("audience", "PUBLIC"))
			.andExpect(redirectedUrlPattern("/amt/formulare/*/versionen/*/bearbeiten/seiten/seite-1"))
			.andReturn().getResponse().getRedirectedUrl();
		String base = created.substring(0, created.indexOf("/bearbeiten"));
		UUID versionId = UUID.fromString(base.substring(base.lastIndexOf('/') + 1));
		String editorUrl = base + "/bearbeiten";

		mvc.perform(get(created).with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Seite „Seite 1“"), containsString("Auf dieser Seite gibt es noch keine Fragen."),
					containsString("Vorschau"), containsString("Frage hinzufügen"))));

		mvc.perform(post(editorUrl + "/seiten/seite-1").with(as(editor)).with(csrf()).param("titleDe", "Hund").param("titleEn", "Dog"))
			.andExpect(redirectedUrl(editorUrl + "/seiten/seite-1"));
		mvc.perform(get(editorUrl + "/seiten/seite-1/felder/neu").param("typ", "TEXT").with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Neue Frage: Kurzer Text"), containsString("Muster (regulärer Ausdruck)"))));
		mvc.perform(post(editorUrl + "/seiten/seite-1/felder/neu").param("typ", "TEXT").with(as(editor)).with(csrf())
			.param("id", "name").param("labelDe", "Name des Hundes").param("labelEn", "Name of the dog").param("required", "true")
			.param("maxLength", "50"))
			.andExpect(redirectedUrl(editorUrl + "/seiten/seite-1#fragen"));
		mvc.perform(post(editorUrl + "/seiten/seite-1/felder/neu").param("typ", "SINGLE_CHOICE").with(as(editor)).with(csrf())
			.param("id", "rasse").param("labelDe", "Rasse").param("required", "true")
			.param("options[0].labelDe", "Mischling").param("options[0].labelEn", "Mixed breed")
			.param("options[1].value", "listenhund").param("options[1].labelDe", "Listenhund")
			.param("options[2].value", "").param("options[2].labelDe", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(editorUrl + "/seiten/seite-1/felder/neu").param("typ", "DATE").with(as(editor)).with(csrf())
			.param("id", "seit").param("labelDe", "Seit wann halten Sie den Hund?").param("notBeforeDays", "-3650").param("notAfterDays", "0")
			.param("condition.combine", "alle").param("condition.rows[0].field", "rasse").param("condition.rows[0].operator", "EQUALS")
			.param("condition.rows[0].value", "listenhund"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(editorUrl + "/seiten/seite-1/felder/neu").param("typ", "REPEAT").with(as(editor)).with(csrf())
			.param("id", "halter").param("labelDe", "Halterin oder Halter").param("minItems", "1").param("maxItems", "3")
			.param("firstId", "vorname").param("firstLabelDe", "Vorname").param("firstType", "TEXT"))
			.andExpect(redirectedUrl(editorUrl + "/felder/halter"));
		mvc.perform(post(editorUrl + "/seiten/seite-1/felder/neu").param("typ", "YES_NO").param("in", "halter").with(as(editor)).with(csrf())
			.param("id", "volljaehrig").param("labelDe", "Volljährig?").param("required", "true"))
			.andExpect(redirectedUrl(editorUrl + "/felder/halter#fragen"));
		mvc.perform(post(editorUrl + "/felder/rasse/verschieben").with(as(editor)).with(csrf()).param("richtung", "hoch"))
			.andExpect(redirectedUrl(editorUrl + "/seiten/seite-1#fragen"));

		FormDefinition definition = stored(versionId);
		assertThat(definition.title().en()).isEqualTo("Registering a dog");
		assertThat(definition.page("seite-1").orElseThrow().title().de()).isEqualTo("Hund");
		assertThat(definition.page("seite-1").orElseThrow().fields()).extracting(Field::id).containsExactly("rasse", "name", "seit", "halter");
		Field rasse = definition.field("rasse").orElseThrow();
		assertThat(rasse.choices()).extracting(o -> o.value() + "=" + o.label().de()).containsExactly("mischling=Mischling", "listenhund=Listenhund");
		assertThat(definition.field("seit").orElseThrow().visibleIf()).isEqualTo(Condition.equals("rasse", "listenhund"));
		assertThat(definition.field("seit").orElseThrow().rules().notBeforeDaysFromToday()).isEqualTo(-3650);
		assertThat(definition.field("halter").orElseThrow().fields()).extracting(Field::id, Field::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("vorname", FieldType.TEXT), org.assertj.core.groups.Tuple.tuple("volljaehrig", FieldType.YES_NO));

		// the page shows the questions in their order and the preview as applicants see it, with the condition as a hint
		mvc.perform(get(editorUrl + "/seiten/seite-1").with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"f.name\""), containsString("name=\"f.halter[0].volljaehrig\""),
					containsString("Nur ausfüllen, wenn „Rasse“ „Listenhund“ ist."), containsString("Nur gezeigt, wenn „Rasse“ „Listenhund“ ist."))));

		// a second page whose condition refers to the first; the outline lists both
		mvc.perform(post(editorUrl + "/seiten").with(as(editor)).with(csrf()).param("pageTitleDe", "Nachweise").param("pageTitleEn", "Evidence"))
			.andExpect(redirectedUrl(editorUrl + "/seiten/nachweise"));
		mvc.perform(post(editorUrl + "/seiten/nachweise").with(as(editor)).with(csrf()).param("titleDe", "Nachweise")
			.param("condition.rows[0].field", "rasse").param("condition.rows[0].operator", "EQUALS").param("condition.rows[0].value", "listenhund"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(editorUrl).with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hund"), containsString("Nachweise"),
					containsString("Nur gezeigt, wenn „Rasse“ „Listenhund“ ist."))));
		assertThat(stored(versionId).pages()).hasSize(2);

		// removal asks first
		mvc.perform(get(editorUrl + "/seiten/nachweise/entfernen").with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ja, Seite entfernen")));
		mvc.perform(post(editorUrl + "/seiten/nachweise/entfernen").with(as(editor)).with(csrf())).andExpect(redirectedUrl(editorUrl));
		assertThat(stored(versionId).pages()).hasSize(1);
	}

	@Test
	void invalidEditsAreExplainedAtTheirInputAndNothingIsStored() throws Exception {
		FormVersion version = sample("anmeldung-fehler");
		String editorUrl = "/amt/formulare/" + version.formId() + "/versionen/" + version.id() + "/bearbeiten";
		FormDefinition before = stored(version.id());

		mvc.perform(post(editorUrl + "/seiten/zahlung/felder/neu").param("typ", "TEXT").with(as(editor)).with(csrf())
			.param("id", "einzug").param("labelDe", "Noch ein Einzug"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte prüfen Sie Ihre Angaben"), containsString("href=\"#id\""),
					containsString("Den technischen Namen „einzug“ trägt schon eine Frage auf der Seite „Neue Wohnung“."),
					containsString("aria-invalid=\"true\""))));
		mvc.perform(post(editorUrl + "/seiten/zahlung/felder/neu").param("typ", "TEXT").with(as(editor)).with(csrf())
			.param("id", "kennzeichen").param("labelDe", "Kennzeichen").param("pattern", "[A-Z]{1,3-[0-9]+").param("patternMessageDe", "Wie M-AB 12"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#pattern\""), containsString("kein gültiger regulärer Ausdruck"))));
		mvc.perform(post(editorUrl + "/felder/zimmer").with(as(editor)).with(csrf())
			.param("id", "zimmer").param("labelDe", "Zimmer").param("min", "10").param("max", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#min\""), containsString("Die kleinste Zahl (10) ist größer als die größte (2)."))));
		mvc.perform(post(editorUrl + "/felder/zimmer").with(as(editor)).with(csrf())
			.param("id", "zimmer").param("labelDe", "Zimmer").param("min", "viele"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#min\""), containsString("Bitte geben Sie eine Zahl ein"))));
		mvc.perform(post(editorUrl + "/felder/art/entfernen").with(as(editor)).with(csrf()))
			.andExpect(redirectedUrl(editorUrl + "/felder/art"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
					"„Art“ wird noch verwendet: „Wo ist Ihre Hauptwohnung?“. Passen Sie zuerst diese Bedingungen oder Regeln an."));
		mvc.perform(post(editorUrl + "/seiten").with(as(editor)).with(csrf()).param("pageTitleDe", "Doppelt").param("pageId", "personen"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#pageId\""), containsString("Eine Seite mit der Kennung „personen“ gibt es schon."))));
		mvc.perform(post(editorUrl + "/seiten/wohnung").with(as(editor)).with(csrf()).param("titleDe", "Neue Wohnung")
			.param("condition.rows[0].field", "iban").param("condition.rows[0].operator", "ANSWERED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#condition\""), containsString("Die Bedingung einer Seite kann nur Fragen früherer Seiten verwenden"))));
		mvc.perform(post(editorUrl + "/felder/hauptwohnung_ort").with(as(editor)).with(csrf()).param("id", "hauptwohnung_ort")
			.param("labelDe", "Wo ist Ihre Hauptwohnung?").param("condition.rows[0].field", "art").param("condition.rows[0].operator", "EQUALS")
			.param("condition.rows[0].value", "zweit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("„Art“ hat keine Auswahl mit dem Wert „zweit“. Möglich sind: haupt, neben.")));

		assertThat(stored(version.id())).as("no rejected edit was stored").isEqualTo(before);
	}

	@Test
	void rulesAcrossQuestionsAreAddedChangedAndRemoved() throws Exception {
		FormVersion version = sample("anmeldung-regeln");
		String editorUrl = "/amt/formulare/" + version.formId() + "/versionen/" + version.id() + "/bearbeiten";

		mvc.perform(post(editorUrl + "/regeln/neu").with(as(editor)).with(csrf()).param("id", "zimmer-genug").param("messageDe", "Mindestens ein Zimmer")
			.param("field", "zimmer").param("require.rows[0].field", "zimmer").param("require.rows[0].operator", "GREATER_OR_EQUAL")
			.param("require.rows[0].value", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#when\""), containsString("Bitte geben Sie mindestens eine Voraussetzung an"))));
		mvc.perform(post(editorUrl + "/regeln/neu").with(as(editor)).with(csrf()).param("id", "zimmer-genug").param("messageDe", "Mindestens ein Zimmer")
			.param("field", "zimmer").param("when.rows[0].field", "zimmer").param("when.rows[0].operator", "ANSWERED")
			.param("require.rows[0].field", "zimmer").param("require.rows[0].operator", "GREATER_OR_EQUAL").param("require.rows[0].value", "{gibtsnicht}"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#require\""), containsString("Die Bedingung nennt „gibtsnicht“"))));
		mvc.perform(post(editorUrl + "/regeln/neu").with(as(editor)).with(csrf()).param("id", "zimmer-genug").param("messageDe", "Mindestens ein Zimmer")
			.param("field", "zimmer").param("when.rows[0].field", "zimmer").param("when.rows[0].operator", "ANSWERED")
			.param("require.rows[0].field", "zimmer").param("require.rows[0].operator", "GREATER_OR_EQUAL").param("require.rows[0].value", "1"))
			.andExpect(redirectedUrl(editorUrl + "#regeln"));
		mvc.perform(get(editorUrl).with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("zimmer-genug"), containsString("„Zimmer“ ausgefüllt ist"),
					containsString("„Zimmer“ mindestens 1 ist"), containsString("Mindestens ein Zimmer"))));

		mvc.perform(get(editorUrl + "/regeln/zimmer-genug").with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"zimmer-genug\""), containsString("Regel entfernen"))));
		mvc.perform(post(editorUrl + "/regeln/zimmer-genug").with(as(editor)).with(csrf()).param("id", "zimmer-genug")
			.param("messageDe", "Bitte mindestens ein Zimmer angeben").param("field", "zimmer").param("when.rows[0].field", "zimmer")
			.param("when.rows[0].operator", "ANSWERED").param("require.rows[0].field", "zimmer").param("require.rows[0].operator", "GREATER_OR_EQUAL")
			.param("require.rows[0].value", "1"))
			.andExpect(redirectedUrl(editorUrl + "#regeln"));
		assertThat(stored(version.id()).rules()).extracting(r -> r.id() + ": " + r.message().de())
			.containsExactly("auszug-vor-einzug: Der Auszug muss vor dem Einzug liegen.", "zimmer-genug: Bitte mindestens ein Zimmer angeben");

		mvc.perform(post(editorUrl + "/regeln/zimmer-genug/entfernen").with(as(editor)).with(csrf())).andExpect(redirectedUrl(editorUrl + "#regeln"));
		assertThat(stored(version.id()).rules()).extracting(r -> r.id()).containsExactly("auszug-vor-einzug");
	}

	@Test
	void theLivePreviewDrawsUnsavedInputAndStoresNothing() throws Exception {
		FormVersion version = sample("anmeldung-live");
		String editorUrl = "/amt/formulare/" + version.formId() + "/versionen/" + version.id() + "/bearbeiten";
		FormDefinition before = stored(version.id());

		mvc.perform(post(editorUrl + "/felder/zimmer/vorschau").with(as(editor)).with(csrf()).param("id", "zimmer").param("labelDe", "Wie viele Zimmer?"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Wie viele Zimmer?"), containsString("id=\"vorschau\""), not(containsString("<html")))));
		mvc.perform(post(editorUrl + "/seiten/zahlung/felder/neu/vorschau").param("typ", "TEXT").with(as(editor)).with(csrf())
			.param("id", "verwendungszweck").param("labelDe", "Verwendungszweck"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("name=\"f.verwendungszweck\"")));
		mvc.perform(post(editorUrl + "/felder/zimmer/vorschau").with(as(editor)).with(csrf()).param("id", "zimmer").param("labelDe", "Zimmer")
			.param("min", "9").param("max", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Die Vorschau zeigt den gespeicherten Stand."), containsString("Die kleinste Zahl (9)"))));
		assertThat(stored(version.id())).isEqualTo(before);
	}

	@Test
	void theEditorRepliesToTheReviewAndTheReviewerDecides() throws Exception {
		FormVersion version = sample("anmeldung-pruefung");
		String base = "/amt/formulare/" + version.formId() + "/versionen/" + version.id();

		mvc.perform(get("/amt/formulare").with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Anmeldung"), containsString(unit.name()), containsString("Entwurf"),
					containsString("noch nicht veröffentlicht"))));
		mvc.perform(get(base).with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Zur Prüfung senden"), not(containsString("Freigeben")))));
		mvc.perform(post(base + "/zur-pruefung").with(as(editor)).with(csrf())).andExpect(redirectedUrl(base));

		// the reviewer of the unit sees the decisions; the editor does not
		mvc.perform(get(base).with(as(reviewer))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("In Prüfung"), containsString("Freigeben"), containsString("Änderungen anfordern"))));
		mvc.perform(get(base).with(as(editor))).andExpect(content().string(not(containsString("Freigeben"))));
		mvc.perform(get(base + "/aenderungen").with(as(reviewer))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Allgemeine Anmerkung"), containsString("Gebühr › IBAN"))));
		mvc.perform(post(base + "/aenderungen").with(as(reviewer)).with(csrf()).param("general", ""))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bitte schreiben Sie, was geändert werden soll.")));
		mvc.perform(post(base + "/aenderungen").with(as(reviewer)).with(csrf()).param("general", "Bitte die Gebühr nennen.")
			.param("remarks[0].target", "personen.vorname").param("remarks[0].text", "Auch Rufnamen zulassen."))
			.andExpect(redirectedUrl(base));

		mvc.perform(get(base).with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Änderungen erbeten"), containsString("Zum ganzen Formular"),
					containsString("Bitte die Gebühr nennen."), containsString("Frage „Vorname“"), containsString("Auch Rufnamen zulassen."),
					containsString("Antwort auf Anmerkung 2"))));
		mvc.perform(get(base + "/bearbeiten/felder/personen.vorname").with(as(editor)))
			.andExpect(content().string(allOf(containsString("Anmerkungen aus der Prüfung"), containsString("Auch Rufnamen zulassen."))));
		String commentId = call(editor, () -> management.comments(version.id())).get(1).id().toString();
		mvc.perform(post(base + "/anmerkungen/" + commentId + "/antwort").with(as(editor)).with(csrf()).param("text", "Erledigt: Hinweis ergänzt."))
			.andExpect(redirectedUrl(base + "#anmerkungen"));
		mvc.perform(post(base + "/zur-pruefung").with(as(editor)).with(csrf())).andExpect(redirectedUrl(base));
		mvc.perform(get(base).with(as(reviewer))).andExpect(content().string(containsString("Erledigt: Hinweis ergänzt.")));

		mvc.perform(post(base + "/freigeben").with(as(reviewer)).with(csrf())).andExpect(redirectedUrl(base));
		mvc.perform(post(base + "/veroeffentlichen").with(as(editor)).with(csrf())).andExpect(redirectedUrl(base));
		mvc.perform(get(base).with(as(editor))).andExpect(content().string(allOf(containsString("Veröffentlicht"),
				containsString("Neuen Entwurf anlegen"))));

		// a new draft, changed, compared with the published version in words
		String draft = mvc.perform(post("/amt/formulare/" + version.formId() + "/entwurf").with(as(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String draftEditor = draft + "/bearbeiten";
		mvc.perform(post(draftEditor + "/felder/zimmer").with(as(editor)).with(csrf()).param("id", "zimmer").param("labelDe", "Anzahl der Zimmer")
			.param("required", "true").param("min", "1").param("max", "20"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/amt/formulare/" + version.formId() + "/vergleich").param("von", "1").param("zu", "2").with(as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Version 1 und Version 2 im Vergleich"), containsString("Neue Wohnung"),
					containsString("<th scope=\"row\" class=\"kern-table__cell\">Anzahl der Zimmer</th>"), containsString("Pflichtangabe"),
					containsString("<span>Zimmer</span>"), containsString("<span>Anzahl der Zimmer</span>"), not(containsString("Gebühr")))));
	}

	@Test
	void definitionAndSchemaCanBeDownloaded() throws Exception {
		FormVersion version = sample("anmeldung-download");
		String base = "/amt/formulare/" + version.formId() + "/versionen/" + version.id();
		String json = mvc.perform(get(base + "/definition.json").with(as(reviewer))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("anmeldung-download-v1.json")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(FormDefinitionJson.read(json)).isEqualTo(SampleForms.MOVING_IN);
		mvc.perform(get(base + "/schema.json").with(as(editor))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("\"$id\" : \"" + context.getEnvironment().getProperty("amtsportal.base-url")
					.replaceAll("/+$", "") + base + "/schema.json\""), containsString("\"einzug\""))));
	}

	@Test
	void aBrokenImportStoresNothingAndSaysWhere() throws Exception {
		long before = call(editor, () -> management.overview()).size();
		String broken = FormDefinitionJson.write(SampleForms.MOVING_IN).replace("\"NUMBER\"", "\"NUMMER\"");
		mvc.perform(multipart("/amt/formulare/import").file(new MockMultipartFile("datei", "anmeldung.json", "application/json",
				broken.getBytes(StandardCharsets.UTF_8))).with(as(editor)).with(csrf())
			.param("slug", "import-kaputt").param("responsibleUnit", unit.id().toString()).param("audience", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#datei\""), containsString("keine gültige Formulardefinition"),
					containsString("pages[0].fields[2].type"))));
		String badPattern = FormDefinitionJson.write(SampleForms.MOVING_IN).replace("\"maxLength\" : 50", "\"maxLength\" : 50, \"minLength\" : 60");
		mvc.perform(multipart("/amt/formulare/import").file(new MockMultipartFile("datei", "anmeldung.json", "application/json",
				badPattern.getBytes(StandardCharsets.UTF_8))).with(as(editor)).with(csrf())
			.param("slug", "import-widerspruch").param("responsibleUnit", unit.id().toString()).param("audience", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Frage „personen.vorname“: Die Mindestlänge (60) ist größer als die Höchstlänge (50).")));
		assertThat(call(editor, () -> management.overview())).as("nothing stored").hasSize((int) before);

		mvc.perform(multipart("/amt/formulare/import").file(new MockMultipartFile("datei", "anmeldung.json", "application/json",
				FormDefinitionJson.write(SampleForms.MOVING_IN).getBytes(StandardCharsets.UTF_8))).with(as(editor)).with(csrf())
			.param("slug", "import-gut").param("responsibleUnit", unit.id().toString()).param("audience", "PUBLIC"))
			.andExpect(redirectedUrlPattern("/amt/formulare/*/versionen/*"));
		assertThat(call(editor, () -> management.overview())).hasSize((int) before + 1)
			.anySatisfy(summary -> assertThat(summary.form().slug()).isEqualTo("import-gut"));
	}

	@Test
	void onlyTheRightPeopleTakeEachStep() throws Exception {
		FormVersion version = sample("anmeldung-rechte");
		String base = "/amt/formulare/" + version.formId() + "/versionen/" + version.id();
		List<String> builderPages = List.of("/amt/formulare", "/amt/formulare/neu", "/amt/formulare/import", base, base + "/bearbeiten",
				base + "/bearbeiten/seiten/wohnung", base + "/bearbeiten/felder/art", base + "/bearbeiten/seiten/wohnung/felder/neu?typ=TEXT",
				base + "/bearbeiten/regeln/neu", base + "/definition.json", base + "/schema.json",
				"/amt/formulare/" + version.formId() + "/vergleich?von=1&zu=1");
		for (String page : builderPages) {
			mvc.perform(get(page).with(as(citizen))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(as(caseworker))).andExpect(status().isForbidden());
		}
		String commentFree = base + "/anmerkungen/" + UUID.randomUUID() + "/antwort";
		List<String> builderSteps = List.of("/amt/formulare/neu", "/amt/formulare/import", base + "/zur-pruefung", base + "/freigeben",
				base + "/veroeffentlichen", base + "/aenderungen", "/amt/formulare/" + version.formId() + "/entwurf", commentFree,
				base + "/bearbeiten/titel", base + "/bearbeiten/seiten", base + "/bearbeiten/seiten/wohnung",
				base + "/bearbeiten/seiten/wohnung/verschieben", base + "/bearbeiten/seiten/wohnung/entfernen",
				base + "/bearbeiten/seiten/wohnung/felder/neu?typ=TEXT", base + "/bearbeiten/felder/art", base + "/bearbeiten/felder/art/verschieben",
				base + "/bearbeiten/felder/art/entfernen", base + "/bearbeiten/felder/art/vorschau", base + "/bearbeiten/regeln/neu",
				base + "/bearbeiten/regeln/auszug-vor-einzug", base + "/bearbeiten/regeln/auszug-vor-einzug/entfernen");
		for (String step : builderSteps) {
			mvc.perform(post(step).with(as(citizen)).with(csrf()).param("richtung", "hoch")).andExpect(status().isForbidden());
			mvc.perform(post(step).with(as(caseworker)).with(csrf()).param("richtung", "hoch")).andExpect(status().isForbidden());
		}
		assertThat(stored(version.id())).as("nothing changed by the refused requests").isEqualTo(SampleForms.MOVING_IN);
		// reviewers do not edit
		mvc.perform(get(base + "/bearbeiten").with(as(reviewer))).andExpect(status().isForbidden());
		mvc.perform(post("/amt/formulare/neu").with(as(reviewer)).with(csrf()).param("slug", "von-pruefung").param("titleDe", "X")
			.param("responsibleUnit", unit.id().toString()).param("audience", "PUBLIC")).andExpect(status().isForbidden());

		mvc.perform(post(base + "/zur-pruefung").with(as(editor)).with(csrf())).andExpect(redirectedUrl(base));
		FormDefinition inReview = stored(version.id());

		// editing a version in review is refused, and nothing changes
		mvc.perform(get(base + "/bearbeiten").with(as(editor))).andExpect(status().isConflict());
		mvc.perform(post(base + "/bearbeiten/felder/zimmer").with(as(editor)).with(csrf()).param("id", "zimmer").param("labelDe", "Räume"))
			.andExpect(status().isConflict());
		mvc.perform(post(base + "/bearbeiten/seiten").with(as(editor)).with(csrf()).param("pageTitleDe", "Noch eine"))
			.andExpect(status().isConflict());
		assertThat(stored(version.id())).isEqualTo(inReview);

		// a form editor cannot approve; a reviewer of another unit cannot either
		mvc.perform(post(base + "/freigeben").with(as(editor)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(base + "/freigeben").with(as(otherReviewer)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(base).with(as(otherReviewer))).andExpect(content().string(not(containsString("Freigeben"))));
		mvc.perform(post(base + "/aenderungen").with(as(otherReviewer)).with(csrf()).param("general", "Nein"))
			.andExpect(status().isForbidden());
		assertThat(call(editor, () -> management.version(version.id())).status()).isEqualTo(FormVersionStatus.IN_REVIEW);

		mvc.perform(post(base + "/freigeben").with(as(reviewer)).with(csrf())).andExpect(redirectedUrl(base));
		// reviewers do not publish
		mvc.perform(post(base + "/veroeffentlichen").with(as(reviewer)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(base + "/veroeffentlichen").with(as(editor)).with(csrf())).andExpect(redirectedUrl(base));
		// a published version never changes
		mvc.perform(post(base + "/bearbeiten/felder/zimmer").with(as(editor)).with(csrf()).param("id", "zimmer").param("labelDe", "Räume"))
			.andExpect(status().isConflict());
		assertThat(stored(version.id())).isEqualTo(inReview);

		// a version of another form is not reachable under this form's address
		FormVersion other = sample("anmeldung-andere");
		mvc.perform(get("/amt/formulare/" + version.formId() + "/versionen/" + other.id()).with(as(editor))).andExpect(status().isNotFound());
	}

	private <T> T call(Account account, Callable<T> action) throws Exception {
		var previous = SecurityContextHolder.getContext();
		try {
			SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
			var principal = people.principal(account);
			SecurityContextHolder.getContext().setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			return action.call();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
