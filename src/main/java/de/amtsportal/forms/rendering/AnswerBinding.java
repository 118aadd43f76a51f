package de.amtsportal.forms.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormPage;

/**
 * Turns posted request parameters into the answers of one page, by the definition: only the page's own fields
 * are read (an input of another step or an unknown name is ignored), repetitions only up to their maximum.
 * Input names are {@code f.<field>}, {@code f.<group>.<field>}, {@code f.<repeat>[<n>].<field>}.
 */
public final class AnswerBinding {

	public static final String PREFIX = "f.";
	private static final int MAX_REPETITIONS = 50;

	private AnswerBinding() {
	}

	public static Map<String, Object> bind(FormPage page, Map<String, String[]> parameters) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Field field : page.fields()) {
			Object value = read(field, PREFIX + field.id(), parameters);
			if (value != null) {
				answers.put(field.id(), value);
			}
		}
		return answers;
	}

	private static @Nullable Object read(Field field, String name, Map<String, String[]> parameters) {
		return switch (field.type()) {
			case INFO -> null;
			case GROUP -> children(field, name, parameters);
			case POSTAL_ADDRESS -> parts(name, parameters, "strasse", "hausnummer", "plz", "ort");
			case POSITION -> parts(name, parameters, "lat", "lon");
			case MULTIPLE_CHOICE, FILE, PHOTO -> {
				String[] values = parameters.get(name);
				yield values == null ? null : List.of(values);
			}
			case REPEAT -> {
				List<Map<String, Object>> items = new ArrayList<>();
				int max = Math.min(field.maxItems() == null ? MAX_REPETITIONS : field.maxItems(), MAX_REPETITIONS);
				for (int i = 0; i < max; i++) {
					String prefix = name + "[" + i + "]";
					if (parameters.keySet().stream().noneMatch(key -> key.startsWith(prefix + "."))) {
						break;
					}
					items.add(children(field, prefix, parameters));
				}
				yield items.isEmpty() ? null : items;
			}
			default -> first(parameters.get(name));
		};
	}

	private static Map<String, Object> children(Field group, String prefix, Map<String, String[]> parameters) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Field child : group.fields()) {
			Object value = read(child, prefix + "." + child.id(), parameters);
			if (value != null) {
				values.put(child.id(), value);
			}
		}
		return values;
	}

	private static @Nullable Map<String, Object> parts(String name, Map<String, String[]> parameters, String... parts) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String part : parts) {
			String value = first(parameters.get(name + "." + part));
			if (value != null) {
				values.put(part, value);
			}
		}
		return values.isEmpty() ? null : values;
	}

	private static @Nullable String first(String @Nullable [] values) {
		return values == null || values.length == 0 ? null : values[0];
	}

	/** Whether the page needs this field's answers to decide what it shows (used by the renderer). */
	static boolean onPage(FormPage page, String path) {
		String root = path.split("\\.")[0];
		return page.fields().stream().anyMatch(f -> f.id().equals(root));
	}

	static boolean isRepeat(Field field) {
		return field.type() == FieldType.REPEAT;
	}
}
