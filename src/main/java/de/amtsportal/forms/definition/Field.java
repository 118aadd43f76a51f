package de.amtsportal.forms.definition;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One question (or a group of them). {@code id} is the technical name in answers and exports: lower case
 * letters, digits and underscores, unique among its siblings.
 */
public record Field(String id, FieldType type, Text label, @Nullable Text hint, boolean required,
		@Nullable Validation validation, @Nullable List<Option> options, @Nullable Upload upload,
		@Nullable List<Field> children, @Nullable Integer minItems, @Nullable Integer maxItems,
		@Nullable Condition visibleIf) {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,59}");

	public Field {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Field id '" + id + "' must be lower case letters, digits, underscores");
		}
		options = options == null ? null : List.copyOf(options);
		children = children == null ? null : List.copyOf(children);
	}

	public static Field of(String id, FieldType type, Text label, boolean required) {
		return new Field(id, type, label, null, required, null, null, null, null, null, null, null);
	}

	public Field withHint(Text hint) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, visibleIf);
	}

	public Field withValidation(Validation validation) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, visibleIf);
	}

	public Field withOptions(List<Option> options) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, visibleIf);
	}

	public Field withUpload(Upload upload) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, visibleIf);
	}

	public Field withChildren(List<Field> children) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, visibleIf);
	}

	public Field withItems(@Nullable Integer minItems, @Nullable Integer maxItems) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, visibleIf);
	}

	public Field visibleIf(Condition condition) {
		return new Field(id, type, label, hint, required, validation, options, upload, children, minItems, maxItems, condition);
	}

	/** Checks what a field needs to be complete; called for every field when a definition is made. */
	void requireComplete() {
		if (type.hasOptions() && choices().isEmpty()) {
			throw new IllegalArgumentException("Field '" + id + "' needs options");
		}
		if (type.holdsChildren() && fields().isEmpty()) {
			throw new IllegalArgumentException("Field '" + id + "' needs fields inside");
		}
	}

	public Validation rules() {
		return validation == null ? Validation.NONE : validation;
	}

	public List<Field> fields() {
		return children == null ? List.of() : children;
	}

	public List<Option> choices() {
		return options == null ? List.of() : options;
	}
}
