package de.amtsportal.forms.definition;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.amtsportal.forms.definition.DefinitionDiff.FieldChange;
import de.amtsportal.forms.definition.DefinitionDiff.Kind;
import de.amtsportal.forms.definition.DefinitionDiff.PageChange;
import de.amtsportal.forms.definition.DefinitionDiff.Property;
import de.amtsportal.forms.definition.DefinitionDiff.PropertyChange;
import de.amtsportal.forms.definition.DefinitionEditor.Direction;

import static de.amtsportal.forms.definition.SampleForms.MOVING_IN;
import static de.amtsportal.forms.definition.SampleForms.t;
import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of two versions names what a reviewer needs: which page, which question, which property, old and new. */
class DefinitionDiffTests {

	private static PageChange page(DefinitionDiff diff, String id) {
		return diff.pages().stream().filter(p -> p.pageId().equals(id)).findFirst().orElseThrow();
	}

	private static FieldChange field(DefinitionDiff diff, String path) {
		return diff.pages().stream().flatMap(p -> p.fields().stream()).filter(f -> f.path().equals(path)).findFirst().orElseThrow();
	}

	@Test
	void aDefinitionComparedWithItselfHasNoChanges() {
		DefinitionDiff diff = DefinitionDiff.between(MOVING_IN, FormDefinitionJson.read(FormDefinitionJson.write(MOVING_IN)));
		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.pages()).extracting(PageChange::kind).containsOnly(Kind.UNCHANGED);
	}

	@Test
	void namesAddedRemovedAndChangedPagesFieldsAndProperties() {
		Field art = MOVING_IN.field("art").orElseThrow();
		FormDefinition after = DefinitionEditor.replaceField(MOVING_IN, "art", art.withOptions(List.of(new Option("haupt", t("Hauptwohnung")),
				new Option("neben", t("Nebenwohnung")), new Option("einzige", t("Einzige Wohnung")))));
		after = DefinitionEditor.replaceField(after, "zimmer", new Field("zimmer", FieldType.NUMBER, Text.of("Zimmer", "Rooms"), null, true,
				MOVING_IN.field("zimmer").orElseThrow().validation(), null, null, null, null, null, null));
		after = DefinitionEditor.removeField(after, "personen.email");
		after = DefinitionEditor.movePage(after, "zahlung", Direction.UP);
		after = DefinitionEditor.addPage(after, "hinweise", Text.of("Hinweise", "Notes"));
		after = DefinitionEditor.addField(after, "hinweise", null, Field.of("bemerkung", FieldType.LONG_TEXT, t("Bemerkung"), false));

		DefinitionDiff diff = DefinitionDiff.between(MOVING_IN, after);

		assertThat(diff.isEmpty()).isFalse();
		assertThat(diff.pages()).extracting(PageChange::pageId, PageChange::kind).containsExactly(
				org.assertj.core.groups.Tuple.tuple("wohnung", Kind.UNCHANGED), org.assertj.core.groups.Tuple.tuple("zahlung", Kind.CHANGED),
				org.assertj.core.groups.Tuple.tuple("personen", Kind.UNCHANGED), org.assertj.core.groups.Tuple.tuple("hinweise", Kind.ADDED));
		assertThat(page(diff, "zahlung").changes()).containsExactly(new PropertyChange(Property.POSITION, 3, 2));
		assertThat(page(diff, "personen").changes()).as("only the page that moved is reported, not the one pushed aside").isEmpty();

		assertThat(field(diff, "art").changes()).extracting(PropertyChange::property).containsExactly(Property.OPTIONS);
		assertThat(field(diff, "zimmer").changes()).containsExactly(new PropertyChange(Property.LABEL, t("Zimmer"), Text.of("Zimmer", "Rooms")),
				new PropertyChange(Property.REQUIRED, false, true));
		assertThat(field(diff, "personen.email").kind()).isEqualTo(Kind.REMOVED);
		assertThat(field(diff, "personen.email").depth()).isEqualTo(1);
		assertThat(field(diff, "bemerkung").kind()).isEqualTo(Kind.ADDED);
		assertThat(field(diff, "einzug").kind()).isEqualTo(Kind.UNCHANGED);
	}

	@Test
	void aFieldThatWentToAnotherPageIsMovedNotRemovedAndAdded() {
		Field telefon = MOVING_IN.field("telefon").orElseThrow();
		FormDefinition after = DefinitionEditor.addField(DefinitionEditor.removeField(MOVING_IN, "telefon"), "wohnung", null, telefon);
		DefinitionDiff diff = DefinitionDiff.between(MOVING_IN, after);

		assertThat(page(diff, "zahlung").fields()).extracting(FieldChange::path).doesNotContain("telefon");
		assertThat(field(diff, "telefon").changes()).containsExactly(new PropertyChange(Property.PAGE, t("Gebühr"), t("Neue Wohnung")));
	}

	@Test
	void onlyFieldsThatChangedTheirOrderAmongTheOthersCountAsMoved() {
		assertThat(DefinitionDiff.reordered(List.of("a", "b", "c", "d"), List.of("x", "a", "b", "c", "d"))).isEmpty();
		assertThat(DefinitionDiff.reordered(List.of("a", "b", "c", "d"), List.of("a", "c", "d", "b"))).containsExactly("b");
		assertThat(DefinitionDiff.reordered(List.of("a", "b", "c"), List.of("a", "c"))).isEmpty();
	}

	@Test
	void rulesAreComparedByTheirId() {
		CrossFieldRule rule = MOVING_IN.rules().get(0);
		FormDefinition after = DefinitionEditor.replaceRule(MOVING_IN, rule.id(), new CrossFieldRule(rule.id(), rule.when(), rule.require(),
				t("Der Auszug darf nicht nach dem Einzug liegen."), rule.fields()));
		DefinitionDiff diff = DefinitionDiff.between(MOVING_IN, after);
		assertThat(diff.rules()).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.CHANGED);
			assertThat(change.changes()).extracting(PropertyChange::property).containsExactly(Property.MESSAGE);
		});
	}
}
