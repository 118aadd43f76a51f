package de.amtsportal.forms.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a form version's data, as specialist procedures receive it: typed values
 * (numbers, booleans, ISO dates) in the shape of {@link TypedAnswers}. A field is required in the schema when
 * it is required and always shown; fields shown only under a condition on another top-level answer are
 * required through {@code if}/{@code then}.
 */
public final class JsonSchemaExport {

	private JsonSchemaExport() {
	}

	public static Map<String, Object> of(FormDefinition definition, String id) {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", id);
		schema.put("title", definition.title().de());
		List<Field> fields = definition.pages().stream().flatMap(p -> p.fields().stream()).toList();
		schema.putAll(object(fields));
		List<Map<String, Object>> conditional = new ArrayList<>();
		for (Field field : fields) {
			Condition when = field.visibleIf();
			if (field.required() && field.type().isAnswered() && when != null && when.field() != null
					&& when.operator() == Condition.Operator.EQUALS && !when.field().contains(".")) {
				conditional.add(Map.of("if", Map.of("properties", Map.of(when.field(), Map.of("const", typed(fields, when))),
						"required", List.of(when.field())), "then", Map.of("required", List.of(field.id()))));
			}
		}
		if (!conditional.isEmpty()) {
			schema.put("allOf", conditional);
		}
		return schema;
	}

	private static Object typed(List<Field> fields, Condition when) {
		return fields.stream().filter(f -> f.id().equals(when.field())).findFirst()
			.map(f -> TypedAnswers.convert(f, when.value())).orElse(when.value());
	}

	private static Map<String, Object> object(List<Field> fields) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (Field field : fields) {
			if (!field.type().isAnswered() && field.type() != FieldType.GROUP) {
				continue;
			}
			properties.put(field.id(), field(field));
			if (field.required() && field.visibleIf() == null) {
				required.add(field.id());
			}
		}
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("type", "object");
		object.put("additionalProperties", false);
		object.put("properties", properties);
		if (!required.isEmpty()) {
			object.put("required", required);
		}
		return object;
	}

	private static Map<String, Object> field(Field field) {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("title", field.label().de());
		if (field.hint() != null) {
			schema.put("description", field.hint().de());
		}
		Validation rules = field.rules();
		switch (field.type()) {
			case TEXT, LONG_TEXT -> {
				schema.put("type", "string");
				schema.put("maxLength", rules.maxLength() != null ? rules.maxLength()
						: field.type() == FieldType.TEXT ? FormValidator.DEFAULT_TEXT_MAX : FormValidator.DEFAULT_LONG_TEXT_MAX);
				if (rules.minLength() != null) {
					schema.put("minLength", rules.minLength());
				}
				if (rules.pattern() != null) {
					schema.put("pattern", "^(?:" + rules.pattern() + ")$");
				}
			}
			case EMAIL -> {
				schema.put("type", "string");
				schema.put("format", "email");
				schema.put("maxLength", 254);
			}
			case PHONE -> {
				schema.put("type", "string");
				schema.put("pattern", "^\\+?[0-9][0-9 ()/-]{4,29}$");
			}
			case IBAN -> {
				schema.put("type", "string");
				schema.put("pattern", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
			}
			case NUMBER -> {
				schema.put("type", "number");
				if (rules.min() != null) {
					schema.put("minimum", rules.min());
				}
				if (rules.max() != null) {
					schema.put("maximum", rules.max());
				}
			}
			case DATE -> {
				schema.put("type", "string");
				schema.put("format", "date");
			}
			case YES_NO -> schema.put("type", "boolean");
			case SINGLE_CHOICE -> {
				schema.put("type", "string");
				schema.put("enum", field.choices().stream().map(Option::value).toList());
			}
			case MULTIPLE_CHOICE -> {
				schema.put("type", "array");
				schema.put("uniqueItems", true);
				schema.put("items", Map.of("type", "string", "enum", field.choices().stream().map(Option::value).toList()));
			}
			case POSTAL_ADDRESS -> {
				schema.put("type", "object");
				schema.put("additionalProperties", false);
				schema.put("properties", Map.of("strasse", Map.of("type", "string", "maxLength", 200), "hausnummer",
						Map.of("type", "string", "maxLength", 200), "plz", Map.of("type", "string", "pattern", "^[0-9]{5}$"),
						"ort", Map.of("type", "string", "maxLength", 200)));
				schema.put("required", FormValidator.ADDRESS_PARTS);
			}
			case POSITION -> {
				schema.put("type", "object");
				schema.put("additionalProperties", false);
				schema.put("properties", Map.of("lat", Map.of("type", "number", "minimum", -90, "maximum", 90), "lon",
						Map.of("type", "number", "minimum", -180, "maximum", 180)));
				schema.put("required", FormValidator.POSITION_PARTS);
			}
			case FILE, PHOTO -> {
				schema.put("type", "array");
				schema.put("maxItems", field.upload() == null ? 1 : field.upload().maxCount());
				schema.put("items", Map.of("type", "object", "required", List.of("id"), "properties",
						Map.of("id", Map.of("type", "string"), "name", Map.of("type", "string"), "mediaType",
								Map.of("type", "string"), "size", Map.of("type", "integer", "minimum", 0))));
			}
			case GROUP -> schema.putAll(object(field.fields()));
			case REPEAT -> {
				schema.put("type", "array");
				schema.put("items", object(field.fields()));
				if (field.minItems() != null) {
					schema.put("minItems", field.minItems());
				}
				schema.put("maxItems", field.maxItems() != null ? field.maxItems() : FormValidator.DEFAULT_MAX_ITEMS);
			}
			case INFO -> {
			}
		}
		return schema;
	}

}
