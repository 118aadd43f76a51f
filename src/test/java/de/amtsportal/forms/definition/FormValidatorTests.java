package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.amtsportal.forms.definition.Condition.Operator;
import de.amtsportal.forms.definition.Violation.Code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Validation of every field type and rule against {@link SampleForms#MOVING_IN}. */
class FormValidatorTests {

	static final LocalDate TODAY = SampleForms.TODAY;
	static final FormDefinition MOVING_IN = SampleForms.MOVING_IN;

	static Text t(String de) {
		return SampleForms.t(de);
	}

	static Map<String, Object> validAnswers() {
		return SampleForms.validAnswers();
	}

	static List<Violation> validate(Map<String, ?> raw) {
		return FormValidator.validate(MOVING_IN, FormValidator.clean(MOVING_IN, raw), null, TODAY);
	}

	static Map<String, Object> with(String key, Object value) {
		var answers = new java.util.HashMap<>(validAnswers());
		answers.put(key, value);
		return answers;
	}

	@Test
	void completeAnswersPass() {
		assertThat(validate(validAnswers())).isEmpty();
	}

	@Test
	void everyRequiredFieldIsReportedWhereItStands() {
		assertThat(validate(Map.of())).extracting(Violation::path, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("einzug", Code.REQUIRED),
					org.assertj.core.groups.Tuple.tuple("anschrift", Code.REQUIRED),
					org.assertj.core.groups.Tuple.tuple("art", Code.REQUIRED),
					org.assertj.core.groups.Tuple.tuple("personen", Code.REQUIRED),
					org.assertj.core.groups.Tuple.tuple("iban", Code.REQUIRED));
	}

	@Test
	void eachTypeRejectsMalformedValues() {
		assertThat(codes(with("einzug", "31.02.2026"))).containsExactly(Code.NOT_A_DATE);
		assertThat(codes(with("einzug", "2025-01-01"))).containsExactly(Code.TOO_EARLY);
		assertThat(codes(with("einzug", "2027-01-01"))).containsExactly(Code.TOO_LATE);
		assertThat(codes(with("zimmer", "drei"))).containsExactly(Code.NOT_A_NUMBER);
		assertThat(codes(with("zimmer", "21"))).containsExactly(Code.TOO_LARGE);
		assertThat(codes(with("zimmer", "0,5"))).containsExactly(Code.TOO_SMALL);
		assertThat(codes(with("art", "dritte"))).containsExactly(Code.UNKNOWN_OPTION);
		assertThat(codes(with("iban", "DE89 3704 0044 0532 0130 01"))).containsExactly(Code.INVALID_IBAN);
		assertThat(codes(with("telefon", "ruf mich an"))).containsExactly(Code.INVALID_PHONE);
		assertThat(codes(with("kanaele", List.of("mail", "fax")))).containsExactly(Code.UNKNOWN_OPTION);
		assertThat(codes(with("standort", Map.of("lat", "95", "lon", "13")))).containsExactly(Code.INVALID_POSITION);
		assertThat(codes(with("nachweis", List.of("a", "b", "c")))).containsExactly(Code.TOO_MANY_FILES);
		assertThat(validate(with("anschrift", Map.of("strasse", "Lindenallee", "hausnummer", "7", "plz", "1234", "ort", "X"))))
			.extracting(Violation::path, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("anschrift.plz", Code.INVALID_POSTCODE));
	}

	@Test
	void repeatingGroupsAreCheckedPerRepetitionWithTheirOwnConditions() {
		List<Violation> violations = validate(with("personen", List.of(Map.of("vorname", "Erika", "minderjaehrig", "nein"),
				Map.of("vorname", "x".repeat(51), "minderjaehrig", "ja", "email", "max@"))));
		assertThat(violations).extracting(Violation::path, Violation::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple("personen[1].vorname", Code.TOO_LONG),
				org.assertj.core.groups.Tuple.tuple("personen[1].email", Code.INVALID_EMAIL),
				org.assertj.core.groups.Tuple.tuple("personen[1].sorgeberechtigt", Code.REQUIRED));
		List<Map<String, String>> four = List.of(Map.of("vorname", "A", "minderjaehrig", "nein"),
				Map.of("vorname", "B", "minderjaehrig", "nein"), Map.of("vorname", "C", "minderjaehrig", "nein"),
				Map.of("vorname", "D", "minderjaehrig", "nein"));
		assertThat(codes(with("personen", four))).containsExactly(Code.TOO_MANY_ITEMS);
	}

	@Test
	void conditionalFieldIsRequiredOnlyWhenShown() {
		assertThat(validate(with("art", "neben"))).extracting(Violation::path).containsExactly("hauptwohnung_ort");
		assertThat(validate(with("art", "haupt"))).isEmpty();
	}

	@Test
	void answersToHiddenAndUnknownFieldsNeverGetIn() {
		var posted = with("hauptwohnung_ort", "<script>alert(1)</script>");
		posted.put("admin", "true");
		posted.put("personen", List.of(Map.of("vorname", "Erika", "minderjaehrig", "nein", "sorgeberechtigt", "untergeschoben")));
		Answers clean = FormValidator.clean(MOVING_IN, posted);
		assertThat(clean.values()).doesNotContainKeys("hauptwohnung_ort", "admin");
		assertThat(clean.get("personen")).isEqualTo(List.of(Map.of("vorname", "Erika", "minderjaehrig", "nein")));
	}

	@Test
	void aPageIsCheckedOnItsOwnSoAStepCanBeSavedBeforeTheNextIsFilled() {
		Answers firstPageOnly = FormValidator.clean(MOVING_IN, Map.of("einzug", "2026-11-01", "anschrift",
				Map.of("strasse", "Lindenallee", "hausnummer", "7", "plz", "12345", "ort", "Musterstadt"), "art", "haupt"));
		assertThat(FormValidator.validate(MOVING_IN, firstPageOnly, Set.of("wohnung"), TODAY)).isEmpty();
		assertThat(FormValidator.validate(MOVING_IN, firstPageOnly, Set.of("personen"), TODAY)).extracting(Violation::path)
			.containsExactly("personen");
	}

	@Test
	void crossFieldRuleComparesTwoAnswers() {
		List<Violation> violations = validate(with("auszug", "2026-11-02"));
		assertThat(violations).extracting(Violation::path, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("auszug", Code.RULE));
		assertThat(violations.get(0).message().in(java.util.Locale.GERMAN)).contains("Auszug");
	}

	@Test
	void definitionsRejectAmbiguousIds() {
		Field name = Field.of("name", FieldType.TEXT, t("Name"), true);
		assertThatThrownBy(() -> new FormDefinition(t("Doppelt"), List.of(FormPage.of("a", t("A"), name), FormPage.of("b", t("B"), name)), List.of()))
			.hasMessageContaining("used twice");
		assertThatThrownBy(() -> Field.of("Name mit Leerzeichen", FieldType.TEXT, t("x"), false)).hasMessageContaining("lower case");
		assertThatThrownBy(() -> new FormDefinition(t("Ohne Optionen"), List.of(FormPage.of("a", t("A"),
				Field.of("wahl", FieldType.SINGLE_CHOICE, t("x"), false))), List.of())).hasMessageContaining("options");
	}

	@Test
	void patternsCannotBeMadeToBacktrackForever() {
		FormDefinition evil = new FormDefinition(t("Muster"), List.of(FormPage.of("a", t("A"),
				Field.of("code", FieldType.LONG_TEXT, t("Code"), true).withValidation(Validation.pattern("(a+)+b", t("Nur a, dann b"))))), List.of());
		long started = System.nanoTime();
		List<Violation> violations = FormValidator.validate(evil, FormValidator.clean(evil, Map.of("code", "a".repeat(5_000) + "c")), null, TODAY);
		assertThat(violations).extracting(Violation::code).containsExactly(Code.PATTERN);
		assertThat(System.nanoTime() - started).as("linear-time matching").isLessThan(2_000_000_000L);
		assertThat(Validation.supportedPattern("(?=a)a")).as("look-around is not RE2").isFalse();
		assertThat(Validation.supportedPattern("[0-9]{5}")).isTrue();
	}

	@Test
	void valuesAreReadTheWayPeopleTypeThem() {
		assertThat(Values.number("1.234,50")).isEqualByComparingTo("1234.50");
		assertThat(Values.number("1234.5")).isEqualByComparingTo("1234.5");
		assertThat(Values.number("12e3")).isNull();
		assertThat(Values.date("1.2.2026")).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(Values.iban("de89370400440532013000")).isTrue();
		assertThat(Values.iban("DE8937040044053201300")).isFalse();
	}

	private static List<Code> codes(Map<String, ?> raw) {
		return validate(raw).stream().map(Violation::code).toList();
	}
}
