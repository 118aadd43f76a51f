package de.amtsportal.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes definitions as JSON — the storage format, and the import/export format of the builder.
 * Reading is strict: an unknown property, a wrong type or a broken rule is an error that says where.
 */
public final class FormDefinitionJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private FormDefinitionJson() {
	}

	public static String write(FormDefinition definition) {
		return MAPPER.writeValueAsString(definition);
	}

	/** The definition in the JSON, or {@link InvalidDefinition} naming the place and the problem. */
	public static FormDefinition read(String json) {
		try {
			FormDefinition definition = MAPPER.readValue(json, FormDefinition.class);
			if (definition == null) {
				throw new InvalidDefinition("$", "the document is empty");
			}
			return definition;
		}
		catch (JacksonException e) {
			Throwable cause = e.getCause() instanceof IllegalArgumentException invalid ? invalid : e;
			String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
			throw new InvalidDefinition(path(e), message == null ? "" : message.replace("de.amtsportal.forms.definition.", ""));
		}
	}

	/** Where in the document the problem is, as people read JSON: {@code pages[0].fields[2].type}. */
	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "$" : path.toString();
	}

	/** A definition document that cannot be used, with where and why. */
	public static class InvalidDefinition extends RuntimeException {

		private final String location;

		public InvalidDefinition(String location, String problem) {
			super(location + ": " + problem);
			this.location = location;
		}

		public String location() {
			return location;
		}
	}
}
