package de.amtsportal.forms.fim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "Präzisierung" of a field: length and value bounds and a pattern, as plain strings by their XDatenfelder
 * names. Version 2.0 writes them as a JSON object in the element's text ({@code {"minLength":"1","maxLength":"55"}}),
 * version 3.0 as attributes ({@code <xdf:praezisierung minLength="1" maxLength="55"/>}).
 */
record Precision(Map<String, String> values) {

	static final Precision NONE = new Precision(Map.of());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Precision {
		values = Map.copyOf(values);
	}

	/** Version 2.0: the JSON text, or null if it is not a flat JSON object (the caller warns, nothing is guessed). */
	static @Nullable Precision ofJson(String text) {
		if (text.isBlank()) {
			return NONE;
		}
		try {
			JsonNode node = JSON.readTree(text);
			if (node == null || !node.isObject()) {
				return null;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
					return null;
				}
				values.put(entry.getKey(), entry.getValue().asString().strip());
			}
			return new Precision(values);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	static Precision ofAttributes(Map<String, String> attributes) {
		return new Precision(attributes);
	}

	@Nullable String get(String name) {
		String value = values.get(name);
		return value == null || value.isBlank() ? null : value;
	}

	/** The names given but not used by a field of the mapped type, for a warning. */
	Set<String> unusedBesides(Set<String> used) {
		Set<String> unused = new TreeSet<>();
		values.forEach((name, value) -> {
			if (!used.contains(name) && !value.isBlank()) {
				unused.add(name);
			}
		});
		return unused;
	}
}
