package de.amtsportal.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One answer of the API as a tree that writes as JSON and as XML alike: a root element holding either named
 * fields (a JSON object) or a list of equally named items (a JSON array; in XML each item is an element of the
 * item name inside the root, as in {@code <services><service>…</service></services>}).
 * Field values are text, numbers, booleans, null, nested {@link Fields} or {@link Items}.
 */
record Open311Document(String root, Object content) {

	static Open311Document items(String root, String item, List<?> items) {
		return new Open311Document(root, new Items(item, items));
	}

	static Open311Document fields(String root, Fields fields) {
		return new Open311Document(root, fields);
	}

	/** Named values in the order the specification lists them. */
	static final class Fields {

		private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

		Fields put(String name, @Nullable Object value) {
			values.put(name, value);
			return this;
		}

		Map<String, @Nullable Object> values() {
			return values;
		}
	}

	/** A list whose items are each called {@code item} in XML. */
	record Items(String item, List<?> values) {
	}
}
