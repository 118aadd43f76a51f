package de.amtsportal.forms.definition;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One step of the form: a small group of questions on one page, shown if its condition holds. */
public record FormPage(String id, Text title, List<Field> fields, @Nullable Condition visibleIf) {

	public FormPage {
		fields = List.copyOf(fields);
	}

	public static FormPage of(String id, Text title, Field... fields) {
		return new FormPage(id, title, List.of(fields), null);
	}
}
