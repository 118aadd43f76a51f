package de.amtsportal.forms.definition;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import de.amtsportal.forms.definition.Condition.Operator;
import de.amtsportal.forms.definition.DefinitionCheck.Problem;
import de.amtsportal.forms.definition.DefinitionEditor.Direction;
import de.amtsportal.forms.definition.DefinitionEditor.Rejected;

import static de.amtsportal.forms.definition.SampleForms.MOVING_IN;
import static de.amtsportal.forms.definition.SampleForms.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder's edits: each returns a new, consistent definition or says precisely what is wrong. */
class DefinitionEditorTests {

	private static List<String> pageIds(FormDefinition definition) {
		return definition.pages().stream().map(FormPage::id).toList();
	}

	private static List<String> fieldIds(FormDefinition definition, String pageId) {
		return definition.page(pageId).orElseThrow().fields().stream().map(Field::id).toList();
	}

	private static Field text(String id, String label) {
		return Field.of(id, FieldType.TEXT, t(label), false);
	}

	private static Problem rejection(ThrowingCallable edit) {
		try {
			edit.call();
		}
		catch (Rejected rejected) {
			return rejected.problem();
		}
		catch (Throwable other) {
			throw new AssertionError("Expected a rejection, got " + other, other);
		}
		throw new AssertionError("The edit was accepted");
	}

	@Test
	void theSampleAndTheDemoFormsHaveNoProblems() throws IOException {
		assertThat(DefinitionCheck.problems(MOVING_IN)).isEmpty();
		for (String name : List.of("brunnenbohrung", "bewohnerparkausweis", "wohnungsgeberbescheinigung", "abmeldung-ausland", "fortbildung")) {
			String json = new String(new ClassPathResource("demo/forms/" + name + ".json").getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(DefinitionCheck.problems(FormDefinitionJson.read(json))).as(name).isEmpty();
		}
	}

	@Test
	void pagesAreAddedRenamedMovedAndRemovedWithoutTouchingTheOriginal() {
		FormDefinition added = DefinitionEditor.addPage(MOVING_IN, "unterlagen", Text.of("Unterlagen", "Documents"));
		assertThat(pageIds(added)).containsExactly("wohnung", "personen", "zahlung", "unterlagen");
		assertThat(pageIds(MOVING_IN)).as("the original is immutable").containsExactly("wohnung", "personen", "zahlung");

		FormDefinition renamed = DefinitionEditor.updatePage(added, "unterlagen", Text.of("Nachweise", "Evidence"),
				Condition.equals("art", "neben"));
		assertThat(renamed.page("unterlagen").orElseThrow().title()).isEqualTo(Text.of("Nachweise", "Evidence"));
		assertThat(renamed.page("unterlagen").orElseThrow().visibleIf()).isEqualTo(Condition.equals("art", "neben"));

		FormDefinition moved = DefinitionEditor.movePage(renamed, "unterlagen", Direction.UP);
		assertThat(pageIds(moved)).containsExactly("wohnung", "personen", "unterlagen", "zahlung");
		assertThat(DefinitionEditor.movePage(moved, "wohnung", Direction.UP)).as("the first page cannot go higher").isSameAs(moved);

		FormDefinition removed = DefinitionEditor.removePage(moved, "unterlagen");
		assertThat(pageIds(removed)).containsExactly("wohnung", "personen", "zahlung");
	}

	@Test
	void pageEditsThatWouldBreakTheFormAreRejected() {
		assertThat(rejection(() -> DefinitionEditor.addPage(MOVING_IN, "personen", t("Noch einmal"))))
			.extracting(Problem::property, Problem::key).containsExactly("id", "duplicate-page-id");
		assertThat(rejection(() -> DefinitionEditor.addPage(MOVING_IN, "pruefen", t("Prüfen"))).key())
			.as("the address of the check page").isEqualTo("page-id-format");
		assertThat(rejection(() -> DefinitionEditor.addPage(MOVING_IN, "Seite 2", t("Zwei"))).key()).isEqualTo("page-id-format");

		FormDefinition single = new FormDefinition(t("Kurz"), List.of(FormPage.of("eins", t("Eins"), text("name", "Name"))), List.of());
		assertThat(rejection(() -> DefinitionEditor.removePage(single, "eins")).key()).isEqualTo("last-page");

		// the page with "einzug" cannot go: the rule on the move-out date compares with it
		Problem referenced = rejection(() -> DefinitionEditor.removePage(MOVING_IN, "wohnung"));
		assertThat(referenced.key()).isEqualTo("still-referenced");
		assertThat(referenced.arguments()).containsExactly(t("Tag des Einzugs"), List.of(Text.of("auszug-vor-einzug", null)));

		// a page shown only for "Nebenwohnung" must come after the page that asks for it
		FormDefinition conditional = DefinitionEditor.updatePage(MOVING_IN, "personen", t("Personen"), Condition.equals("art", "neben"));
		Problem order = rejection(() -> DefinitionEditor.movePage(conditional, "personen", Direction.UP));
		assertThat(order).extracting(Problem::location, Problem::property, Problem::key)
			.containsExactly("page:personen", "visibleIf", "page-condition-order");
		assertThat(order.arguments()).containsExactly(t("Art"));
		assertThat(rejection(() -> DefinitionEditor.updatePage(MOVING_IN, "wohnung", t("Neue Wohnung"), Condition.equals("art", "neben"))).key())
			.as("a page cannot depend on its own answers").isEqualTo("page-condition-order");
	}

	@Test
	void fieldsAreAddedOnPagesAndInsideRepetitions() {
		FormDefinition withField = DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				Field.of("betrag", FieldType.NUMBER, t("Betrag"), true).withValidation(Validation.range(BigDecimal.ONE, BigDecimal.TEN)));
		assertThat(fieldIds(withField, "zahlung")).endsWith("nachweis", "betrag");

		FormDefinition withChild = DefinitionEditor.addField(withField, "personen", "personen", text("geburtsname", "Geburtsname"));
		assertThat(DefinitionEditor.locate(withChild, "personen.geburtsname")).get()
			.satisfies(located -> {
				assertThat(located.page().id()).isEqualTo("personen");
				assertThat(located.parent().id()).isEqualTo("personen");
				assertThat(located.parentPath()).isEqualTo("personen");
			});
		assertThat(withChild.field("personen").orElseThrow().fields()).extracting(Field::id)
			.containsExactly("vorname", "email", "minderjaehrig", "sorgeberechtigt", "geburtsname");
		// ids inside a repetition only need to be unique there
		assertThat(DefinitionEditor.addField(withChild, "personen", "personen", text("iban", "Eigene IBAN")).field("personen")
			.orElseThrow().fields()).extracting(Field::id).endsWith("iban");
	}

	@Test
	void fieldsWithBrokenSettingsAreRejectedAtTheSettingThatIsWrong() {
		Problem duplicate = rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null, text("einzug", "Noch ein Einzug")));
		assertThat(duplicate).extracting(Problem::property, Problem::key).containsExactly("id", "duplicate-field-id-on-page");
		assertThat(duplicate.arguments()).containsExactly("einzug", t("Neue Wohnung"));
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "personen", "personen", text("vorname", "Vorname"))).key())
			.isEqualTo("duplicate-field-id");

		Problem pattern = rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("kennzeichen", "Kennzeichen").withValidation(Validation.pattern("[A-Z]{1,3-", t("Bitte wie M-AB 123")))));
		assertThat(pattern).extracting(Problem::location, Problem::property, Problem::key)
			.containsExactly("field:kennzeichen", "pattern", "pattern-invalid");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("kennzeichen", "Kennzeichen").withValidation(new Validation(null, null, "[A-Z]+", null, null, null, null, null, null, null)))))
			.extracting(Problem::property, Problem::key).containsExactly("patternMessage", "pattern-message-missing");

		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null, Field.of("anzahl", FieldType.NUMBER, t("Anzahl"), true)
			.withValidation(Validation.range(BigDecimal.TEN, BigDecimal.ONE)))))
			.extracting(Problem::property, Problem::key, Problem::arguments).containsExactly("min", "number-range", List.of("10", "1"));
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null, text("name", "Name").withValidation(Validation.length(20, 5)))))
			.extracting(Problem::property, Problem::key).containsExactly("minLength", "length-range");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				Field.of("termin", FieldType.DATE, t("Termin"), true).withValidation(Validation.dates(30, 0)))).key()).isEqualTo("days-range");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null, Field.of("farbe", FieldType.SINGLE_CHOICE, t("Farbe"), true)
			.withOptions(List.of(new Option("rot", t("Rot")), new Option("rot", t("Auch rot")))))))
			.extracting(Problem::property, Problem::key).containsExactly("options", "option-value-duplicate");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null, Field.of("farbe", FieldType.SINGLE_CHOICE, t("Farbe"), true)
			.withOptions(List.of(new Option("rot,blau", t("Rot und Blau")))))).key()).isEqualTo("option-value-format");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "personen", null, Field.of("kinder", FieldType.REPEAT, t("Kind"), false)
			.withItems(3, 2).withChildren(List.of(text("name", "Name"))))).key()).isEqualTo("items-range");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "personen", "personen", Field.of("kinder", FieldType.REPEAT, t("Kind"), false)
			.withChildren(List.of(text("name", "Name"))))).key()).as("repetitions only on the page").isEqualTo("nested-repeat");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				Field.of("beleg", FieldType.FILE, t("Beleg"), false).withUpload(new Upload(List.of("application/pdf"), 200L * 1024 * 1024, 1)))).key())
			.isEqualTo("upload-size");
	}

	@Test
	void conditionsMustReferToAnEarlierOrTheSameAnswerWithAPossibleValue() {
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.equals("gibtsnicht", "x")))))
			.extracting(Problem::property, Problem::key, Problem::arguments).containsExactly("visibleIf", "condition-unknown-field", List.of("gibtsnicht"));
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "wohnung", null,
				text("grund", "Grund").visibleIf(Condition.compare("iban", Operator.ANSWERED, null)))).key()).isEqualTo("condition-later-page");
		Problem option = rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.equals("art", "zweit"))));
		assertThat(option.key()).isEqualTo("condition-unknown-option");
		assertThat(option.arguments()).containsExactly(t("Art"), "zweit", "haupt, neben");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.compare("art", Operator.GREATER_THAN, "3")))).key()).isEqualTo("condition-order-type");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.compare("zimmer", Operator.GREATER_THAN, "viele")))).key()).isEqualTo("condition-value-number");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.equals("art", null)))).key()).isEqualTo("condition-value-missing");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.equals("grund", "x")))).key()).isEqualTo("condition-self");
		assertThat(rejection(() -> DefinitionEditor.addField(MOVING_IN, "zahlung", null,
				text("grund", "Grund").visibleIf(Condition.equals("personen.minderjaehrig", "ja")))).key()).isEqualTo("condition-into-repeat");

		// inside a repetition a path names the field of the same repetition; any/all combine comparisons
		FormDefinition nested = DefinitionEditor.addField(MOVING_IN, "personen", "personen", text("schule", "Schule")
			.visibleIf(Condition.anyOf(Condition.equals("minderjaehrig", "ja"), Condition.compare("zimmer", Operator.GREATER_OR_EQUAL, "2"))));
		assertThat(DefinitionCheck.problems(nested)).isEmpty();
	}

	@Test
	void fieldsAreReplacedMovedAndRemovedUnlessSomethingStillRefersToThem() {
		Field art = MOVING_IN.field("art").orElseThrow();
		FormDefinition relabelled = DefinitionEditor.replaceField(MOVING_IN, "art",
				new Field("art", art.type(), Text.of("Art der Wohnung", "Kind of home"), art.hint(), true, null, art.options(), null, null, null, null, null));
		assertThat(relabelled.field("art").orElseThrow().label().en()).isEqualTo("Kind of home");
		assertThat(fieldIds(relabelled, "wohnung")).isEqualTo(fieldIds(MOVING_IN, "wohnung"));

		Problem renamed = rejection(() -> DefinitionEditor.replaceField(MOVING_IN, "art",
				new Field("wohnungsart", art.type(), art.label(), null, true, null, art.options(), null, null, null, null, null)));
		assertThat(renamed).extracting(Problem::property, Problem::key).containsExactly("id", "id-in-use");
		assertThat(renamed.arguments()).containsExactly(List.of(t("Wo ist Ihre Hauptwohnung?")));
		FormDefinition zimmer = DefinitionEditor.replaceField(MOVING_IN, "zimmer", Field.of("raeume", FieldType.NUMBER, t("Räume"), false));
		assertThat(fieldIds(zimmer, "wohnung")).containsExactly("einzug", "anschrift", "raeume", "art", "hauptwohnung_ort");

		FormDefinition moved = DefinitionEditor.moveField(MOVING_IN, "zimmer", Direction.DOWN);
		assertThat(fieldIds(moved, "wohnung")).containsExactly("einzug", "anschrift", "art", "zimmer", "hauptwohnung_ort");
		FormDefinition movedChild = DefinitionEditor.moveField(MOVING_IN, "personen.email", Direction.UP);
		assertThat(movedChild.field("personen").orElseThrow().fields()).extracting(Field::id)
			.containsExactly("email", "vorname", "minderjaehrig", "sorgeberechtigt");
		// a field may move above the answer on its own page that it depends on: it is then drawn with its condition as a hint
		assertThat(fieldIds(DefinitionEditor.moveField(MOVING_IN, "hauptwohnung_ort", Direction.UP), "wohnung"))
			.containsExactly("einzug", "anschrift", "zimmer", "hauptwohnung_ort", "art");

		Problem stillUsed = rejection(() -> DefinitionEditor.removeField(MOVING_IN, "art"));
		assertThat(stillUsed.key()).isEqualTo("still-referenced");
		assertThat(stillUsed.arguments()).containsExactly(t("Art"), List.of(t("Wo ist Ihre Hauptwohnung?")));
		assertThat(rejection(() -> DefinitionEditor.removeField(MOVING_IN, "personen.minderjaehrig")).key()).isEqualTo("still-referenced");
		FormDefinition removed = DefinitionEditor.removeField(MOVING_IN, "personen.email");
		assertThat(removed.field("personen").orElseThrow().fields()).extracting(Field::id)
			.containsExactly("vorname", "minderjaehrig", "sorgeberechtigt");
		assertThat(DefinitionEditor.removeField(MOVING_IN, "hauptwohnung_ort").field("hauptwohnung_ort")).isEmpty();

		FormDefinition group = DefinitionEditor.addField(MOVING_IN, "zahlung", null, Field.of("bank", FieldType.GROUP, t("Bank"), false)
			.withChildren(List.of(text("name", "Name der Bank"))));
		assertThat(rejection(() -> DefinitionEditor.removeField(group, "bank.name")).key()).isEqualTo("last-child");
		assertThat(rejection(() -> DefinitionEditor.removeField(MOVING_IN, "gibtsnicht")).key()).isEqualTo("unknown-field");
	}

	@Test
	void rulesAcrossFieldsAreAddedChangedAndRemoved() {
		CrossFieldRule rule = new CrossFieldRule("zimmer-genug", Condition.compare("zimmer", Operator.ANSWERED, null),
				Condition.compare("zimmer", Operator.GREATER_OR_EQUAL, "1"), Text.of("Mindestens ein Zimmer", "At least one room"), List.of("zimmer"));
		FormDefinition added = DefinitionEditor.addRule(MOVING_IN, rule);
		assertThat(added.rules()).extracting(CrossFieldRule::id).containsExactly("auszug-vor-einzug", "zimmer-genug");
		assertThat(rejection(() -> DefinitionEditor.addRule(added, rule)).key()).isEqualTo("duplicate-rule-id");
		assertThat(rejection(() -> DefinitionEditor.addRule(MOVING_IN, new CrossFieldRule("kaputt", rule.when(), rule.require(), rule.message(),
				List.of("gibtsnicht"))))).extracting(Problem::property, Problem::key).containsExactly("fields", "rule-unknown-field");
		assertThat(rejection(() -> DefinitionEditor.addRule(MOVING_IN, new CrossFieldRule("vergleich", rule.when(),
				Condition.compare("auszug", Operator.LESS_THAN, "{gibtsnicht}"), rule.message(), List.of("auszug")))).key())
			.isEqualTo("condition-unknown-field");

		FormDefinition changed = DefinitionEditor.replaceRule(added, "zimmer-genug", new CrossFieldRule("zimmer-genug", rule.when(),
				Condition.compare("zimmer", Operator.GREATER_OR_EQUAL, "2"), rule.message(), List.of("zimmer")));
		assertThat(changed.rules().get(1).require().value()).isEqualTo("2");
		assertThat(DefinitionEditor.removeRule(changed, "zimmer-genug").rules()).extracting(CrossFieldRule::id).containsExactly("auszug-vor-einzug");
	}

	@ParameterizedTest
	@ValueSource(strings = { "einzug", "auszug" })
	void aFieldNamedByARuleCannotBeRemoved(String path) {
		assertThat(rejection(() -> DefinitionEditor.removeField(MOVING_IN, path)).arguments())
			.contains(List.of(Text.of("auszug-vor-einzug", null)));
		assertThatThrownBy(() -> DefinitionEditor.removeField(MOVING_IN, path)).isInstanceOf(Rejected.class);
	}
}
