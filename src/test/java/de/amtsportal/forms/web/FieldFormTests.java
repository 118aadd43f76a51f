package de.amtsportal.forms.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.Condition.Operator;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Validation;

import static org.assertj.core.api.Assertions.assertThat;

/** What the builder's inputs become: numbers as people type them, options from labels, conditions from rows. */
class FieldFormTests {

	private final StaticMessageSource texts = new StaticMessageSource();

	FieldFormTests() {
		texts.setUseCodeAsDefaultMessage(true);
	}

	private static FieldForm form(String min, String max, List<FieldForm.OptionRow> options, ConditionForm condition) {
		return new FieldForm("anzahl", "Anzahl", "Number", "", "", true, "", "", "", "", "", min, max, "", "", options, List.of(), "10", "1",
				"", "", condition, "", "", "TEXT");
	}

	@Test
	void numbersAreReadInGermanNotationAndUnreadableOnesAreNamed() {
		InputErrors errors = new InputErrors();
		Field field = form("1,5", "2.500,5", List.of(), ConditionForm.empty()).toField(FieldType.NUMBER, null, errors, texts, Locale.GERMAN);
		assertThat(errors.any()).isFalse();
		assertThat(field.rules().min()).isEqualByComparingTo(new BigDecimal("1.5"));
		assertThat(field.rules().max()).isEqualByComparingTo(new BigDecimal("2500.5"));
		assertThat(field.label()).isEqualTo(Text.of("Anzahl", "Number"));
		assertThat(field.required()).isTrue();

		InputErrors wrong = new InputErrors();
		assertThat(form("viele", "", List.of(), ConditionForm.empty()).toField(FieldType.NUMBER, null, wrong, texts, Locale.GERMAN)).isNull();
		assertThat(wrong.get("min")).isEqualTo("forms.builder.error.number");
	}

	@Test
	void optionsWithoutValueGetOneFromTheirLabelAndBlankRowsAreLeftOut() {
		List<FieldForm.OptionRow> rows = List.of(new FieldForm.OptionRow("", "Zone A – Altstadt", "Zone A"), new FieldForm.OptionRow("", "", ""),
				new FieldForm.OptionRow("b", "Zone B", ""), new FieldForm.OptionRow("", "Größere Straße", ""));
		InputErrors errors = new InputErrors();
		Field field = form("", "", rows, ConditionForm.empty()).normalised().toField(FieldType.SINGLE_CHOICE, null, errors, texts, Locale.GERMAN);
		assertThat(field.choices()).containsExactly(new Option("zone-a-altstadt", Text.of("Zone A – Altstadt", "Zone A")),
				new Option("b", Text.of("Zone B", null)), new Option("groessere-strasse", Text.of("Größere Straße", null)));
		assertThat(field.validation()).as("a choice has no text rules").isNull();
	}

	@Test
	void rowsBecomeOneComparisonOrAllOrAnyOfThem() {
		ConditionForm one = new ConditionForm("alle", List.of(new ConditionForm.Row("art", "EQUALS", "neben"), new ConditionForm.Row("", "EQUALS", "")));
		assertThat(one.toCondition(null, "condition", new InputErrors(), texts, Locale.GERMAN)).isEqualTo(Condition.equals("art", "neben"));

		ConditionForm any = new ConditionForm("eine", List.of(new ConditionForm.Row("art", "EQUALS", "neben"),
				new ConditionForm.Row("zimmer", "ANSWERED", "ignored")));
		assertThat(any.toCondition(null, "condition", new InputErrors(), texts, Locale.GERMAN))
			.isEqualTo(Condition.anyOf(Condition.equals("art", "neben"), Condition.compare("zimmer", Operator.ANSWERED, null)));

		// a nested condition from a file cannot be shown as rows and is kept while no row is filled
		Condition nested = Condition.not(Condition.equals("art", "neben"));
		assertThat(ConditionForm.of(nested).rows()).isEmpty();
		assertThat(ConditionForm.empty().toCondition(nested, "condition", new InputErrors(), texts, Locale.GERMAN)).isSameAs(nested);
		assertThat(ConditionForm.empty().toCondition(Condition.equals("art", "neben"), "condition", new InputErrors(), texts, Locale.GERMAN))
			.as("emptied rows remove a simple condition").isNull();

		InputErrors errors = new InputErrors();
		new ConditionForm("alle", List.of(new ConditionForm.Row("art", "EQUALS", " "))).toCondition(null, "condition", errors, texts, Locale.GERMAN);
		assertThat(errors.get("condition.rows[0].value")).isEqualTo("forms.builder.error.condition-value-needed");
	}

	@Test
	void editingKeepsWhatThePageDoesNotShow() {
		Field stored = Field.of("termin", FieldType.DATE, Text.of("Termin", null), true)
			.withValidation(new Validation(null, null, null, null, null, null, LocalDate.of(2026, 1, 1), null, -30, null));
		Field edited = FieldForm.of(stored).toField(FieldType.DATE, stored, new InputErrors(), texts, Locale.GERMAN);
		assertThat(edited).isEqualTo(stored);
	}
}
