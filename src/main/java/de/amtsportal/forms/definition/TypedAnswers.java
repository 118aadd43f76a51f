package de.amtsportal.forms.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Answers as specialist procedures receive them: numbers as numbers, yes/no as booleans, dates in ISO form,
 * positions as two numbers — the shape {@link JsonSchemaExport} describes. Takes cleaned, valid answers.
 */
public final class TypedAnswers {

	private TypedAnswers() {
	}

	public static Map<String, Object> of(FormDefinition definition, Answers answers) {
		Map<String, Object> typed = new LinkedHashMap<>();
		definition.pages().forEach(page -> page.fields().forEach(field -> put(typed, field, answers.values().get(field.id()))));
		return typed;
	}

	private static void put(Map<String, Object> target, Field field, @Nullable Object value) {
		if (value != null && Answers.given(value)) {
			Object converted = convertValue(field, value);
			if (converted != null) {
				target.put(field.id(), converted);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object convertValue(Field field, Object value) {
		return switch (field.type()) {
			case GROUP -> children(field, (Map<String, Object>) value);
			case REPEAT -> ((List<Map<String, Object>>) value).stream().map(item -> children(field, item)).toList();
			case MULTIPLE_CHOICE -> value;
			case FILE, PHOTO -> ((List<String>) value).stream().map(id -> Map.of("id", id)).toList();
			case POSTAL_ADDRESS -> value;
			case POSITION -> {
				Map<String, Object> position = (Map<String, Object>) value;
				yield Map.of("lat", Values.number((String) position.get("lat")), "lon", Values.number((String) position.get("lon")));
			}
			case INFO -> null;
			default -> convert(field, (String) value);
		};
	}

	private static Map<String, Object> children(Field group, Map<String, Object> scope) {
		Map<String, Object> typed = new LinkedHashMap<>();
		group.fields().forEach(child -> put(typed, child, scope.get(child.id())));
		return typed;
	}

	/** One text answer converted to its type; used for condition values too. */
	static @Nullable Object convert(Field field, @Nullable String text) {
		if (text == null) {
			return null;
		}
		return switch (field.type()) {
			case NUMBER -> Values.number(text);
			case YES_NO -> "ja".equals(text);
			case DATE -> {
				var date = Values.date(text);
				yield date == null ? text : date.toString();
			}
			case IBAN -> text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
			default -> text;
		};
	}
}
