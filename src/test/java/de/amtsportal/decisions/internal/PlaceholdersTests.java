package de.amtsportal.decisions.internal;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The placeholder syntax: what it knows, what it reports, and that filling never evaluates what it inserts. */
class PlaceholdersTests {

	static final Set<String> FIELDS = Set.of("vorname", "hauptwohnung", "hauptwohnung.plz", "zone");
	static final Map<String, String> FIXED = Map.of("aktenzeichen", "MUS-2026-000123", "datum", "24.11.2026", "leistung",
			"Bewohnerparkausweis", "antragsteller.name", "Erika Mustermann");

	@Test
	void knownPlaceholdersAreAcceptedWithOrWithoutSpaces() {
		assertThat(Placeholders.unknown("{{aktenzeichen}} {{ datum }} {{leistung}} {{antragsteller.name}} {{feld:hauptwohnung.plz}}",
				FIELDS)).isEmpty();
	}

	@Test
	void unknownNamesFieldsAndStrayBracesAreReported() {
		assertThat(Placeholders.unknown("{{name}} {{feld:geburtsort}} {{feld:}} {{feld:../x}} {{aktenzeichen}} {{name}}", FIELDS))
			.containsExactly("name", "feld:geburtsort", "feld:", "feld:../x");
		assertThat(Placeholders.unknown("Offen {{aktenzeichen", FIELDS)).containsExactly("{{");
		assertThat(Placeholders.unknown("Zu }} viel", FIELDS)).containsExactly("}}");
		assertThat(Placeholders.unknown("{{T(java.lang.Runtime).getRuntime()}}", FIELDS)).hasSize(1);
	}

	@Test
	void fillingReplacesOnceAndNeverEvaluatesAnswers() {
		Map<String, String> answers = Map.of("vorname", "{{aktenzeichen}} ${7*7} <b>Erika</b>", "zone", "Zone B");
		String filled = Placeholders.fill("Sehr geehrte/r {{antragsteller.name}} ({{feld:vorname}}), Zone: {{feld:zone}}, "
				+ "Az. {{aktenzeichen}}, leer: [{{feld:hauptwohnung}}], unbekannt: {{was}}", FIXED, answers::get);

		assertThat(filled).isEqualTo("Sehr geehrte/r Erika Mustermann ({{aktenzeichen}} ${7*7} <b>Erika</b>), Zone: Zone B, "
				+ "Az. MUS-2026-000123, leer: [], unbekannt: {{was}}");
	}

	@Test
	void dollarSignsAndBackslashesInValuesArePrintedAsTheyAre() {
		assertThat(Placeholders.fill("{{feld:vorname}}", Map.of(), path -> "C:\\Pfad $1 \\$")).isEqualTo("C:\\Pfad $1 \\$");
	}

	@Test
	void paragraphsAreSeparatedByBlankLines() {
		assertThat(DecisionLetter.paragraphs("Erster\nnoch erster\n\n  \nZweiter\r\n\r\nDritter\n")).containsExactly(
				"Erster\nnoch erster", "Zweiter", "Dritter");
	}
}
