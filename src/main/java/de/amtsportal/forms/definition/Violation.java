package de.amtsportal.forms.definition;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A broken rule at a field. {@code path} names the field as the page's inputs do ("personen[1].vorname");
 * {@code code} selects the message {@code forms.error.<code>} with {@code arguments}, unless the definition
 * brings its own {@code message}.
 */
public record Violation(String path, Code code, List<Object> arguments, @Nullable Text message) {

	public enum Code {
		REQUIRED, TOO_SHORT, TOO_LONG, PATTERN, NOT_A_NUMBER, TOO_SMALL, TOO_LARGE, NOT_A_DATE, TOO_EARLY, TOO_LATE,
		INVALID_EMAIL, INVALID_PHONE, INVALID_IBAN, INVALID_POSTCODE, UNKNOWN_OPTION, TOO_FEW_ITEMS, TOO_MANY_ITEMS,
		INVALID_POSITION, TOO_MANY_FILES, RULE
	}

	public Violation {
		arguments = List.copyOf(arguments);
	}

	static Violation of(String path, Code code, Object... arguments) {
		return new Violation(path, code, List.of(arguments), null);
	}

	public String messageKey() {
		return "forms.error." + code.name();
	}
}
