package de.amtsportal.forms.fim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.FormValidator;
import de.amtsportal.forms.definition.JsonSchemaExport;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Validation;
import de.amtsportal.forms.definition.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * FIM Stammdatenschemata in XDatenfelder 2.0 and 3.0 become form definitions an editor can work on; broken and
 * hostile files are refused with every problem named, and nothing half-imported comes out.
 */
class XDatenfelderImportTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	// --- both versions import ---------------------------------------------------------------------------

	@Test
	void wohnungsgeberbestaetigungInVersion2() {
		ImportResult result = read("v2/wohnungsgeberbestaetigung.xml");
		FormDefinition form = result.definition();

		assertThat(form.title().de()).isEqualTo("Bestätigung des Wohnungsgebers");
		assertThat(result.schemaId()).isEqualTo("S99000101V1.2");
		assertThat(form.pages()).extracting(FormPage::id)
			.containsExactly("angaben", "wohnungsgeber", "wohnung", "meldepflichtige_person");
		assertThat(form.pages()).extracting(p -> p.title().de()).containsExactly("Bestätigung des Wohnungsgebers",
				"Angaben zum Wohnungsgeber", "Angaben zur Wohnung", "Meldepflichtige Personen");

		Field notice = form.field("hinweis_zur_mitwirkungspflicht").orElseThrow();
		assertThat(notice.type()).as("a label field outside groups is text on the first page").isEqualTo(FieldType.INFO);
		assertThat(notice.label().de()).isEqualTo("Ihre Pflicht als Wohnungsgeber");
		assertThat(notice.hint().de()).startsWith("Der Wohnungsgeber muss");

		Field landlord = form.field("wohnungsgeber").orElseThrow();
		assertThat(landlord.type()).isEqualTo(FieldType.GROUP);
		assertThat(landlord.hint().de()).isEqualTo("Wohnungsgeber ist, wer die Wohnung zur Nutzung überlässt.");
		assertThat(landlord.fields()).extracting(Field::id)
			.containsExactly("familienname", "vornamen", "eigentuemer", "anschrift_inland");
		Field name = child(landlord, "familienname");
		assertThat(name.type()).isEqualTo(FieldType.TEXT);
		assertThat(name.required()).isTrue();
		assertThat(name.label().de()).isEqualTo("Familienname oder Name der juristischen Person");
		assertThat(name.hint().de()).isEqualTo("Bei einer Firma oder Genossenschaft: ihr vollständiger Name.");
		assertThat(name.validation()).isEqualTo(Validation.length(1, 120));
		assertThat(child(landlord, "vornamen").required()).as("anzahl 0:1").isFalse();
		assertThat(child(landlord, "eigentuemer").type()).isEqualTo(FieldType.YES_NO);
		Field address = child(landlord, "anschrift_inland");
		assertThat(address.fields()).extracting(Field::id).containsExactly("strasse", "hausnummer", "postleitzahl", "ort");
		assertThat(child(address, "hausnummer").validation())
			.isEqualTo(new Validation(null, 9, "[0-9]{1,4}[a-zA-Z]?", null, null, null, null, null, null, null));

		Field flat = form.field("wohnung").orElseThrow();
		Field kind = child(flat, "art_des_meldevorgangs");
		assertThat(kind.type()).as("an external code list cannot be resolved offline").isEqualTo(FieldType.TEXT);
		assertThat(kind.required()).isTrue();
		assertThat(child(flat, "datum_des_ein_oder_auszugs").type()).isEqualTo(FieldType.DATE);
		assertThat(child(flat, "lage_der_wohnung").type()).as("up to 500 characters").isEqualTo(FieldType.LONG_TEXT);
		assertThat(child(flat, "lage_der_wohnung").hint().de()).isEqualTo("Zum Beispiel: 3. Obergeschoss links");

		Field persons = form.field("meldepflichtige_person").orElseThrow();
		assertThat(persons.type()).isEqualTo(FieldType.REPEAT);
		assertThat(persons.required()).isTrue();
		assertThat(persons.minItems()).isEqualTo(1);
		assertThat(persons.maxItems()).as("1:*").isNull();
		assertThat(child(persons, "geburtsdatum").required()).isFalse();

		assertThat(result.warnings()).extracting(ImportProblem::key).containsExactly("forms.fim.warning.rule",
				"forms.fim.warning.external-code-list", "forms.fim.warning.rule");
		assertThat(result.warnings().get(0).arguments()).containsExactly("R99000001V1.0",
				"Mindestens eine meldepflichtige Person", "if (anzahl(Meldepflichtige_Person) < 1) { fehler('Mindestens eine Person angeben') }");
		assertThat(result.warnings().get(1).arguments()).containsExactly("urn:de:amtsportal:test:codeliste:meldevorgang_1");
		assertThat(result.warnings().get(1).path()).isEqualTo("Wohnungsgeberbestätigung / Wohnung / Art des Meldevorgangs");
		assertThat(result.warnings().get(1).fimId()).isEqualTo("F99000131V1.1");
		assertThat(result.warnings().get(2).path()).isEqualTo("Wohnungsgeberbestätigung / Wohnung / Datum des Ein- oder Auszugs");

		assertThat(result.fimIds()).containsEntry("wohnungsgeber", "G99000110V1.0")
			.containsEntry("wohnungsgeber.familienname", "F99000111V1.1")
			.containsEntry("wohnung.anschrift_inland.strasse", "F99000121V1.1")
			.containsEntry("meldepflichtige_person.vornamen", "F99000112V1.1");
		assertThat(result.fimIds().keySet()).as("every field and group is traceable to FIM").containsAll(form.paths());
	}

	@Test
	void wohnungsgeberbestaetigungInVersion3() {
		ImportResult result = read("v3/wohnungsgeberbestaetigung.xml");
		FormDefinition form = result.definition();

		assertThat(form.title().de()).isEqualTo("Bestätigung des Wohnungsgebers");
		assertThat(result.schemaId()).isEqualTo("S99000101V1.2.0");
		assertThat(form.pages()).extracting(FormPage::id)
			.containsExactly("angaben", "wohnungsgeber", "wohnung", "meldepflichtige_person", "beauftragte_person");

		Field kind = child(form.field("wohnung").orElseThrow(), "art_des_meldevorgangs");
		assertThat(kind.type()).isEqualTo(FieldType.SINGLE_CHOICE);
		assertThat(kind.choices()).containsExactly(new Option("einzug", Text.of("Einzug", null)),
				new Option("auszug", Text.of("Auszug", null)));
		assertThat(child(form.field("wohnung").orElseThrow(), "datum_des_ein_oder_auszugs").validation().notBefore())
			.isEqualTo(LocalDate.of(2020, 1, 1));

		Field persons = form.field("meldepflichtige_person").orElseThrow();
		assertThat(persons.type()).isEqualTo(FieldType.REPEAT);
		assertThat(persons.minItems()).isEqualTo(1);
		assertThat(persons.maxItems()).isEqualTo(9);

		Field agent = form.field("beauftragte_person").orElseThrow();
		assertThat(agent.type()).as("an optional group: none or one").isEqualTo(FieldType.REPEAT);
		assertThat(agent.required()).isFalse();
		assertThat(agent.minItems()).isNull();
		assertThat(agent.maxItems()).isEqualTo(1);
		assertThat(child(agent, "name_der_beauftragten_person").required()).as("required once the group is given").isTrue();

		assertThat(form.paths()).as("the hidden field is not asked").doesNotContain("kennung_des_onlinedienstes");
		assertThat(result.warnings()).extracting(ImportProblem::key).containsExactly("forms.fim.warning.rule",
				"forms.fim.warning.rule", "forms.fim.warning.hidden-field", "forms.fim.warning.optional-group");
		assertThat(result.warnings().get(1).arguments()).containsExactly("R99000002V1.0.0", "Bestätigung innerhalb von zwei Wochen",
				"Liegt das Datum mehr als zwei Wochen zurück, ist die Bestätigung verspätet; darauf ist hinzuweisen.");

		ImportResult v2 = read("v2/wohnungsgeberbestaetigung.xml");
		assertThat(form.page("wohnungsgeber")).as("the same schema in either version gives the same page")
			.isEqualTo(v2.definition().page("wohnungsgeber"));
	}

	@Test
	void brunnenbohrungInVersion2() {
		ImportResult result = read("v2/brunnenbohrung.xml");
		FormDefinition form = result.definition();

		assertThat(form.title().de()).isEqualTo("Anzeige einer Brunnenbohrung");
		assertThat(form.pages()).extracting(FormPage::id)
			.containsExactly("angaben", "anzeigende_person", "grundstueck", "brunnen", "unterlagen", "bohrunternehmen");
		Field plot = form.field("grundstueck").orElseThrow();
		assertThat(child(plot, "flur").type()).isEqualTo(FieldType.NUMBER);
		assertThat(child(plot, "flur").validation()).isEqualTo(Validation.range(BigDecimal.ONE, new BigDecimal("999")));

		Field well = form.field("brunnen").orElseThrow();
		assertThat(child(well, "bohrtiefe").validation()).isEqualTo(Validation.range(BigDecimal.ONE, new BigDecimal("400")));
		assertThat(child(well, "entnahmemenge").validation()).isEqualTo(Validation.range(BigDecimal.ZERO, null));
		assertThat(child(well, "kosten_der_bohrung").type()).as("num_currency").isEqualTo(FieldType.NUMBER);
		assertThat(child(well, "nutzungszweck").type()).isEqualTo(FieldType.TEXT);

		Field documents = form.field("unterlagen").orElseThrow();
		assertThat(child(documents, "lageplan").type()).isEqualTo(FieldType.FILE);
		assertThat(child(documents, "lageplan").required()).isTrue();
		assertThat(child(documents, "lageplan").upload())
			.isEqualTo(new Upload(SchemaMapping.DEFAULT_FILE_TYPES, Upload.DEFAULT_MAX_BYTES, 1));
		assertThat(child(documents, "fotos_des_bohrpunkts").upload().maxCount()).as("0:* is bounded")
			.isEqualTo(SchemaMapping.UNBOUNDED_FILES);

		assertThat(form.field("bohrunternehmen").orElseThrow().maxItems()).isEqualTo(1);
		assertThat(result.warnings()).extracting(ImportProblem::key).containsExactlyInAnyOrder(
				"forms.fim.warning.external-code-list", "forms.fim.warning.rule", "forms.fim.warning.file-types-defaulted",
				"forms.fim.warning.file-types-defaulted", "forms.fim.warning.file-count-limited",
				"forms.fim.warning.optional-group");
	}

	@Test
	void brunnenbohrungInVersion3() {
		ImportResult result = read("v3/brunnenbohrung.xml");
		FormDefinition form = result.definition();

		FormPage first = form.pages().get(0);
		assertThat(first.fields()).extracting(Field::id, Field::type).containsExactly(
				org.assertj.core.groups.Tuple.tuple("hinweis_anzeigepflicht", FieldType.INFO),
				org.assertj.core.groups.Tuple.tuple("zustaendige_behoerde", FieldType.INFO));

		Field well = form.field("brunnen").orElseThrow();
		Field purpose = child(well, "nutzungszweck");
		assertThat(purpose.type()).as("a selection that may be given up to three times").isEqualTo(FieldType.MULTIPLE_CHOICE);
		assertThat(purpose.required()).isTrue();
		assertThat(purpose.choices()).extracting(Option::value).containsExactly("garten", "brauchwasser", "erdwaerme", "vieh");
		assertThat(child(well, "uhrzeit_des_beginns").type()).isEqualTo(FieldType.TEXT);
		assertThat(child(well, "uhrzeit_des_beginns").validation().pattern()).isNotNull();
		assertThat(child(well, "bundesland").type()).isEqualTo(FieldType.TEXT);
		assertThat(child(well, "beschreibung_des_vorhabens").type()).isEqualTo(FieldType.LONG_TEXT);
		assertThat(child(well, "beschreibung_des_vorhabens").validation().maxLength()).isEqualTo(2000);

		Field documents = form.field("unterlagen").orElseThrow();
		assertThat(child(documents, "lageplan").upload()).isEqualTo(new Upload(List.of("application/pdf"), 5_000_000, 1));
		assertThat(child(documents, "fotos_des_bohrpunkts").upload())
			.isEqualTo(new Upload(List.of("image/jpeg", "image/png"), Upload.DEFAULT_MAX_BYTES, 3));

		assertThat(result.warnings()).extracting(ImportProblem::key).containsExactly("forms.fim.warning.locked-field",
				"forms.fim.warning.rule", "forms.fim.warning.time-as-text", "forms.fim.warning.external-code-list",
				"forms.fim.warning.optional-group");
		assertThat(result.warnings()).filteredOn(w -> w.key().endsWith("external-code-list")).singleElement()
			.extracting(ImportProblem::arguments)
			.isEqualTo(List.of("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland_2010-04-01"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "v2/wohnungsgeberbestaetigung.xml", "v3/wohnungsgeberbestaetigung.xml", "v2/brunnenbohrung.xml",
			"v3/brunnenbohrung.xml" })
	void importedDefinitionsAreStoredAndExportedLikeAnyOther(String file) {
		FormDefinition form = read(file).definition();
		assertThat(FormDefinitionJson.read(FormDefinitionJson.write(form))).isEqualTo(form);
		Map<String, Object> schema = JsonSchemaExport.of(form, "https://portal.example/schema/" + file);
		assertThat(schema).containsEntry("title", form.title().de()).containsKey("properties");
		assertThat(((Map<?, ?>) schema.get("properties")).keySet()).map(String::valueOf).containsExactlyElementsOf(
				form.pages().stream().flatMap(p -> p.fields().stream()).filter(f -> f.type() != FieldType.INFO).map(Field::id).toList());
	}

	@Test
	void theImportedRulesCheckWhatApplicantsEnter() {
		FormDefinition form = read("v3/wohnungsgeberbestaetigung.xml").definition();
		Map<String, Object> address = Map.of("strasse", "Lindenallee", "hausnummer", "7a", "postleitzahl", "1234", "ort", "Musterstadt");
		Map<String, Object> answers = Map.of(
				"wohnungsgeber", Map.of("familienname", "Wohnbau eG", "eigentuemer", "ja", "anschrift_inland", address),
				"wohnung", Map.of("art_des_meldevorgangs", "umzug", "datum_des_ein_oder_auszugs", "2026-11-01", "anschrift_inland",
						Map.of("strasse", "Lindenallee", "hausnummer", "7a", "postleitzahl", "12345", "ort", "Musterstadt")),
				"meldepflichtige_person", List.of());
		List<Violation> violations = FormValidator.validate(form, FormValidator.clean(form, answers), null, TODAY);
		assertThat(violations).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("wohnungsgeber.anschrift_inland.postleitzahl", Violation.Code.PATTERN),
				org.assertj.core.groups.Tuple.tuple("wohnung.art_des_meldevorgangs", Violation.Code.UNKNOWN_OPTION),
				org.assertj.core.groups.Tuple.tuple("meldepflichtige_person", Violation.Code.REQUIRED));
	}

	@Test
	void escapedCharactersArriveAsText() throws IOException {
		String schema = new String(resource("v3/wohnungsgeberbestaetigung.xml").readAllBytes(), StandardCharsets.UTF_8).replace(
				"<xdf:bezeichnungEingabe>Angaben zum Wohnungsgeber</xdf:bezeichnungEingabe>",
				"<xdf:bezeichnungEingabe>Vermieter &amp; Eigent&#252;mer &lt;GmbH&gt; <![CDATA[& Co.]]></xdf:bezeichnungEingabe>");
		FormDefinition form = XDatenfelderImport.read(new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8))).definition();
		assertThat(form.field("wohnungsgeber").orElseThrow().label().de()).isEqualTo("Vermieter & Eigentümer <GmbH> & Co.");
	}

	@Test
	void idsAreReadableAsciiAndUniqueAmongSiblings() {
		assertThat(SiblingIds.base("Straße")).isEqualTo("strasse");
		assertThat(SiblingIds.base("Größe (in m²)")).isEqualTo("groesse_in_m2");
		assertThat(SiblingIds.base("Café-Nutzung")).isEqualTo("cafe_nutzung");
		assertThat(SiblingIds.base("1. Wohnsitz")).isEqualTo("f_1_wohnsitz");
		assertThat(SiblingIds.base("§§")).isEqualTo("feld");
		SiblingIds siblings = new SiblingIds();
		String longName = "Angabe ".repeat(20);
		assertThat(List.of(siblings.next("Name"), siblings.next("name"), siblings.next(longName), siblings.next(longName)))
			.containsExactly("name", "name_2", SiblingIds.base(longName), SiblingIds.base(longName).substring(0, 58) + "_2")
			.allMatch(id -> id.matches("[a-z][a-z0-9_]{0,59}"));
	}

	// --- broken and hostile files fail with every problem and return nothing ---------------------------

	@Test
	void notWellFormed() {
		ImportProblem problem = single(failure("broken/kaputtes-xml.xml"));
		assertThat(problem.key()).isEqualTo("forms.fim.error.not-xml");
		assertThat(problem.line()).isEqualTo(7);
		assertThat(problem.arguments()).hasSize(3).first().isEqualTo("7");

		assertThat(single(failure(new byte[0])).key()).isEqualTo("forms.fim.error.not-xml");
		assertThat(single(failure("Dies ist keine XML-Datei.".getBytes(StandardCharsets.UTF_8))).key())
			.isEqualTo("forms.fim.error.not-xml");
	}

	@Test
	void notAStammdatenschema() {
		ImportProblem problem = single(failure("broken/datenfeldgruppe.xml"));
		assertThat(problem.key()).isEqualTo("forms.fim.error.wrong-root");
		assertThat(problem.arguments()).containsExactly(
				"{urn:xoev-de:fim:standard:xdatenfelder_3.0.0}xdatenfelder.datenfeldgruppe.0103", "xdatenfelder.stammdatenschema.0102");

		ImportProblem html = single(failure("<html><body>Formular</body></html>".getBytes(StandardCharsets.UTF_8)));
		assertThat(html.key()).isEqualTo("forms.fim.error.wrong-root");
		assertThat(html.arguments()).first().isEqualTo("html");
	}

	@Test
	void anUnsupportedVersion() {
		ImportProblem problem = single(failure("broken/unbekannte-version.xml"));
		assertThat(problem.key()).isEqualTo("forms.fim.error.unsupported-version");
		assertThat(problem.arguments()).containsExactly("urn:xoev-de:fim:standard:xdatenfelder_1");
	}

	@Test
	void missingNamesAreAllReportedWithTheirPlace() {
		assertThat(failure("broken/ohne-namen.xml").problems()).containsExactly(
				new ImportProblem("forms.fim.error.missing-element", List.of("name"), "S99000903V1.0.0", "S99000903V1.0.0", 8),
				new ImportProblem("forms.fim.error.missing-element", List.of("name"),
						"S99000903V1.0.0 / Antragsteller / F99000912V1.0.0", "F99000912V1.0.0", 32));
	}

	@Test
	void unknownDatatypesAndOtherMistakesAreAllReported() {
		assertThat(failure("broken/unbekannter-datentyp.xml").problems()).containsExactly(
				new ImportProblem("forms.fim.error.unknown-datatype", List.of("currency"), "Antrag auf Erstattung / Betrag",
						"F99000941V1.0", 14),
				new ImportProblem("forms.fim.error.invalid-cardinality", List.of("1..n"), "Antrag auf Erstattung / Beleg",
						"F99000942V1.0", 25),
				new ImportProblem("forms.fim.error.select-without-values", List.of(), "Antrag auf Erstattung / Zahlungsweg",
						"F99000943V1.0", 36));
	}

	@Test
	void externalEntitiesAreNeverResolved() {
		ImportFailed failed = failure("broken/xxe.xml");
		assertThat(single(failed).key()).isEqualTo("forms.fim.error.dtd-not-allowed");
		assertThat(failed.getMessage()).doesNotContain("root:");
	}

	@Test
	void entityExpansionBombsAreRefusedAtOnce() {
		ImportFailed failed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure("broken/billion-laughs.xml"));
		assertThat(single(failed).key()).isEqualTo("forms.fim.error.dtd-not-allowed");
	}

	@Test
	void oversizedFilesAreNotParsed() {
		byte[] huge = new byte[XDatenfelderImport.MAX_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		ImportProblem problem = single(failure(huge));
		assertThat(problem.key()).isEqualTo("forms.fim.error.too-large");
		assertThat(problem.arguments()).containsExactly("5");
	}

	@Test
	void deeplyNestedFilesAreRefused() {
		String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 1) + "</a>".repeat(SecureXml.MAX_DEPTH + 1);
		ImportProblem problem = single(failure(deep.getBytes(StandardCharsets.UTF_8)));
		assertThat(problem.key()).isEqualTo("forms.fim.error.too-deep");
	}

	@Test
	void aFieldThatCannotBeMappedFailsTheWholeImport() throws IOException {
		String schema = new String(resource("v3/brunnenbohrung.xml").readAllBytes(), StandardCharsets.UTF_8)
			.replace("<code>num_currency</code>", "<code>obj</code>")
			.replace("<xdf:code>vieh</xdf:code>", "<xdf:code>garten</xdf:code>");
		assertThat(failure(schema.getBytes(StandardCharsets.UTF_8)).problems()).extracting(ImportProblem::key, ImportProblem::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("forms.fim.error.duplicate-value", List.of("garten")),
					org.assertj.core.groups.Tuple.tuple("forms.fim.error.unsupported-datatype", List.of("obj")));
	}

	@Test
	void everyMessageKeyIsTranslatedAndEveryTranslationIsUsed() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/de/amtsportal/forms/fim"))) {
			for (Path source : sources.toList()) {
				Matcher key = Pattern.compile("\"(forms\\.fim\\.[a-z.-]+)\"").matcher(Files.readString(source));
				while (key.find()) {
					used.add(key.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(20);
		for (String bundle : List.of("forms.properties", "forms_en.properties")) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			Set<String> translated = new TreeSet<>(messages.stringPropertyNames());
			translated.removeIf(k -> !k.startsWith("forms.fim."));
			assertThat(translated).as(bundle).isEqualTo(used);
		}
	}

	// ---------------------------------------------------------------------------------------------------

	private static ImportResult read(String file) {
		try (InputStream in = resource(file)) {
			return XDatenfelderImport.read(in);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static ImportFailed failure(String file) {
		try (InputStream in = resource(file)) {
			return failure(in.readAllBytes());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static ImportFailed failure(byte[] document) {
		ImportFailed failed = catchThrowableOfType(ImportFailed.class,
				() -> XDatenfelderImport.read(new ByteArrayInputStream(document)));
		assertThat(failed).as("the import fails instead of returning a partial form").isNotNull();
		assertThat(failed.problems()).isNotEmpty();
		return failed;
	}

	private static ImportProblem single(ImportFailed failed) {
		assertThat(failed.problems()).hasSize(1);
		return failed.problems().get(0);
	}

	private static InputStream resource(String file) {
		InputStream in = XDatenfelderImportTests.class.getResourceAsStream("/fim/" + file);
		assertThat(in).as(file).isNotNull();
		return in;
	}

	private static Field child(Field parent, String id) {
		return parent.fields().stream().filter(f -> f.id().equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError(parent.id() + " has no " + id + " but " + parent.fields().stream().map(Field::id).toList()));
	}
}
