package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.Condition.Operator;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;

/**
 * Prepares the "question – comparison – value" rows of a page's, field's or rule's condition: which questions
 * may be named there (earlier pages for a page; earlier pages and the same page for a field; inside a group or
 * repetition its own questions first), the comparisons, and the values that choice questions accept.
 */
@Component
class ConditionEditors {

	/** One choice of a select list. */
	record Choice(String value, String label) {
	}

	/** A choice question with the values a condition compares with, e.g. "Parkzone: a (Zone A), b (Zone B)". */
	record Values(String question, String values) {
	}

	/**
	 * Everything the condition fragment draws. {@code prefix} names the inputs ({@code condition.rows[0].field}),
	 * {@code row} is the visible name of a row ("Bedingung"), {@code current} the words of a condition that rows
	 * cannot show.
	 */
	record Editor(String prefix, String legend, String row, String hint, ConditionForm form, List<Choice> fields, List<Choice> operators,
			@Nullable String current, List<Values> values) {
	}

	private final MessageSource messages;
	private final DefinitionWords words;

	ConditionEditors(MessageSource messages, DefinitionWords words) {
		this.messages = messages;
		this.words = words;
	}

	Editor forPage(FormDefinition definition, String pageId, ConditionForm form, @Nullable Condition existing, Locale locale) {
		List<Choice> fields = new ArrayList<>();
		for (FormPage page : definition.pages()) {
			if (page.id().equals(pageId)) {
				break;
			}
			page.fields().forEach(f -> collect(f, f.id(), page.title().in(locale) + " › ", null, fields, locale));
		}
		return editor("condition", "forms.builder.condition.legend", "forms.builder.condition.row", "forms.builder.condition.hint", form,
				fields, existing, definition, null, locale);
	}

	Editor forField(FormDefinition definition, String pageId, @Nullable Field container, @Nullable String selfPath,
			ConditionForm form, @Nullable Condition existing, Locale locale) {
		List<Choice> fields = new ArrayList<>();
		if (container != null) {
			container.fields().forEach(f -> collect(f, f.id(), container.label().in(locale) + " › ", relative(selfPath), fields, locale));
		}
		String root = selfPath == null ? null : selfPath.split("\\.")[0];
		for (FormPage page : definition.pages()) {
			for (Field field : page.fields()) {
				boolean holdsThis = container != null && field.id().equals(root);
				if (!holdsThis) {
					collect(field, field.id(), page.title().in(locale) + " › ", selfPath, fields, locale);
				}
			}
			if (page.id().equals(pageId)) {
				break;
			}
		}
		return editor("condition", "forms.builder.condition.legend", "forms.builder.condition.row", "forms.builder.condition.hint", form,
				fields, existing, definition, container, locale);
	}

	Editor forRule(FormDefinition definition, String prefix, String legend, String row, ConditionForm form, Locale locale) {
		List<Choice> fields = new ArrayList<>();
		for (FormPage page : definition.pages()) {
			page.fields().forEach(f -> collect(f, f.id(), page.title().in(locale) + " › ", null, fields, locale));
		}
		return editor(prefix, legend, row, "forms.builder.rule.condition-hint", form, fields, null, definition, null, locale);
	}

	/** The questions a rule may show its message at: every answered question, not inside a repetition. */
	List<Choice> ruleFields(FormDefinition definition, Locale locale) {
		List<Choice> fields = new ArrayList<>();
		for (FormPage page : definition.pages()) {
			page.fields().forEach(f -> collect(f, f.id(), page.title().in(locale) + " › ", null, fields, locale));
		}
		return fields;
	}

	private static @Nullable String relative(@Nullable String selfPath) {
		return selfPath == null ? null : selfPath.substring(selfPath.lastIndexOf('.') + 1);
	}

	/** Answered questions, into groups but not into repetitions (their answers are per repetition). */
	private void collect(Field field, String path, String prefix, @Nullable String self, List<Choice> out, Locale locale) {
		if (self != null && (path.equals(self) || path.startsWith(self + "."))) {
			return;
		}
		if (field.type().isAnswered()) {
			out.add(new Choice(path, prefix + field.label().in(locale)));
		}
		if (field.type() == FieldType.GROUP) {
			field.fields().forEach(child -> collect(child, path + "." + child.id(), prefix + field.label().in(locale) + " › ", self, out,
					locale));
		}
	}

	private Editor editor(String prefix, String legend, String row, String hint, ConditionForm form, List<Choice> fields, @Nullable Condition existing,
			FormDefinition definition, @Nullable Field container, Locale locale) {
		List<Choice> operators = Arrays.stream(Operator.values())
			.map(o -> new Choice(o.name(), messages.getMessage("forms.builder.operator." + o.name(), null, locale))).toList();
		String current = existing != null && !ConditionForm.expressible(existing) ? words.condition(existing, definition, container, locale)
				: null;
		List<Values> values = new ArrayList<>();
		List<Field> all = new ArrayList<>();
		definition.pages().forEach(p -> p.fields().forEach(f -> flatten(f, all)));
		for (Field field : all) {
			if (field.type().hasOptions()) {
				values.add(new Values(field.label().in(locale), String.join(", ",
						field.choices().stream().map(o -> o.value() + " (" + o.label().in(locale) + ")").toList())));
			}
			else if (field.type() == FieldType.YES_NO) {
				values.add(new Values(field.label().in(locale), "ja, nein"));
			}
		}
		return new Editor(prefix, messages.getMessage(legend, null, locale), messages.getMessage(row, null, locale),
				messages.getMessage(hint, null, locale), form, fields, operators, current, values);
	}

	private static void flatten(Field field, List<Field> out) {
		out.add(field);
		field.fields().forEach(child -> flatten(child, out));
	}
}
