package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.Condition.Operator;

/**
 * A condition as the builder edits it: rows of "question – comparison – value", combined with "all" or "any".
 * That covers what editors build; a nested condition from an imported file is shown in words and kept as it is
 * until rows are filled in to replace it.
 */
record ConditionForm(@Nullable String combine, @Nullable @Valid List<Row> rows) {

	static final String ALL = "alle";
	static final String ANY = "eine";

	record Row(@Nullable @Size(max = 200) String field, @Nullable String operator, @Nullable @Size(max = 500) String value) {

		boolean blank() {
			return (field == null || field.isBlank()) && (value == null || value.isBlank());
		}
	}

	static ConditionForm empty() {
		return new ConditionForm(ALL, List.of());
	}

	/** The rows of a condition that rows can express; a nested one gives no rows. */
	static ConditionForm of(@Nullable Condition condition) {
		if (condition == null || !expressible(condition)) {
			return empty();
		}
		if (condition.field() != null) {
			return new ConditionForm(ALL, List.of(row(condition)));
		}
		List<Condition> parts = condition.all() != null ? condition.all() : condition.any();
		return new ConditionForm(condition.all() != null ? ALL : ANY, parts.stream().map(ConditionForm::row).toList());
	}

	/** Whether the rows can show this condition: one comparison, or all/any of comparisons. */
	static boolean expressible(@Nullable Condition condition) {
		if (condition == null || condition.field() != null) {
			return true;
		}
		List<Condition> parts = condition.all() != null ? condition.all() : condition.any();
		return parts != null && parts.stream().allMatch(c -> c.field() != null);
	}

	private static Row row(Condition comparison) {
		return new Row(comparison.field(), comparison.operator().name(), comparison.value());
	}

	/** Only the rows that say something; blank ones are what the page offers for the next condition. */
	ConditionForm filled() {
		List<Row> filled = rows == null ? List.of() : rows.stream().filter(r -> r != null && !r.blank()).toList();
		return new ConditionForm(ANY.equals(combine) ? ANY : ALL, filled);
	}

	/** The filled rows and {@code blank} empty ones to fill in without JavaScript. */
	ConditionForm withBlankRows(int blank) {
		List<Row> shown = new ArrayList<>(filled().rows());
		for (int i = 0; i < blank; i++) {
			shown.add(new Row("", Operator.EQUALS.name(), ""));
		}
		return new ConditionForm(filled().combine(), shown);
	}

	@Override
	public List<Row> rows() {
		return rows == null ? List.of() : rows;
	}

	/**
	 * The condition the filled rows say; null if none is filled (the thing is always shown), unless the existing
	 * condition cannot be shown as rows, which is then kept. Errors go to the row's inputs, named {@code <prefix>.rows[i].…}.
	 */
	@Nullable
	Condition toCondition(@Nullable Condition existing, String prefix, InputErrors errors, MessageSource texts, Locale locale) {
		ConditionForm filled = filled();
		if (filled.rows().isEmpty()) {
			return expressible(existing) ? null : existing;
		}
		List<Condition> comparisons = new ArrayList<>();
		for (int i = 0; i < filled.rows().size(); i++) {
			Row row = filled.rows().get(i);
			String name = prefix + ".rows[" + i + "]";
			if (row.field() == null || row.field().isBlank()) {
				errors.add(name + ".field", texts.getMessage("forms.builder.error.condition-field-missing", null, locale));
				continue;
			}
			Operator operator;
			try {
				operator = Operator.valueOf(row.operator() == null ? "" : row.operator());
			}
			catch (IllegalArgumentException unknown) {
				errors.add(name + ".operator", texts.getMessage("forms.builder.error.condition-operator", null, locale));
				continue;
			}
			boolean valueless = operator == Operator.ANSWERED || operator == Operator.EMPTY;
			String value = row.value() == null || row.value().isBlank() || valueless ? null : row.value().strip();
			if (value == null && !valueless) {
				errors.add(name + ".value", texts.getMessage("forms.builder.error.condition-value-needed", null, locale));
				continue;
			}
			comparisons.add(Condition.compare(row.field().strip(), operator, value));
		}
		if (comparisons.size() != filled.rows().size()) {
			return existing;
		}
		if (comparisons.size() == 1) {
			return comparisons.get(0);
		}
		return ANY.equals(filled.combine()) ? Condition.anyOf(comparisons.toArray(Condition[]::new))
				: Condition.allOf(comparisons.toArray(Condition[]::new));
	}
}
