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
			throw new InvalidDefinition(e.getPathReference() == null ? "$" : e.getPathReference(), message);
		}
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
