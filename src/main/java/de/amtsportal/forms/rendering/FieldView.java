package de.amtsportal.forms.rendering;

import java.util.List;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.FieldType;

/**
 * One field as the page draws it: {@code name} is the input's name ("f.personen[1].vorname"), {@code id} the
 * element id the error summary links to. {@code conditional} marks a field whose condition depends on an answer
 * on the same page: it is drawn (so the page works without JavaScript), with its condition as a hint, and the
 * server ignores its answer while the condition does not hold. {@code files} are the stored ids of a file field's
 * uploads, {@code maxFiles} how many it takes in all.
 */
public record FieldView(String id, String name, FieldType type, String label, @Nullable String hint, boolean required,
		@Nullable String value, List<OptionView> options, @Nullable String error, List<FieldView> children,
		List<List<FieldView>> items, boolean canAddItem, @Nullable String conditionText, @Nullable Long maxBytes,
		@Nullable String accept, List<String> files, int maxFiles) {

	public record OptionView(String value, String label, boolean selected, String id) {
	}

	/** Whether the file input may take several files at once (more than one still fits). */
	public boolean multiple() {
		return maxFiles - files.size() > 1;
	}

	public boolean hasError() {
		return error != null;
	}

	/** The ids that describe this field's input: its hint and its error, for aria-describedby. */
	public @Nullable String describedBy() {
		String described = ((hint != null || conditionText != null ? id + "-hint " : "") + (error != null ? id + "-error" : "")).strip();
		return described.isEmpty() ? null : described;
	}
}
