package de.amtsportal.forms.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.forms.FormVersionStatus;
import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.DefinitionCheck.Problem;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;

/**
 * Parts of a definition in words for people who build and review forms: types, statuses, conditions
 * ("„Art“ „Nebenwohnung“ ist"), option lists, upload limits, and the builder's error messages — never JSON.
 */
@Component
class DefinitionWords {

	private final MessageSource messages;

	DefinitionWords(MessageSource messages) {
		this.messages = messages;
	}

	String type(FieldType type, Locale locale) {
		return messages.getMessage("forms.builder.type." + type.name(), null, locale);
	}

	String status(FormVersionStatus status, Locale locale) {
		return messages.getMessage("forms.builder.status." + status.name(), null, locale);
	}

	/** The message of a rejected edit or a problem of an imported definition. */
	String problem(Problem problem, Locale locale) {
		Object[] arguments = problem.arguments().stream().map(argument -> argument(argument, locale)).toArray();
		return messages.getMessage("forms.builder.error." + problem.key(), arguments, locale);
	}

	/** Where a problem is, for people: "Seite „Fahrzeug“", "Frage „kennzeichen“", "Regel „mandat“". */
	String location(Problem problem, Locale locale) {
		String location = problem.location();
		int colon = location.indexOf(':');
		String kind = colon < 0 ? location : location.substring(0, colon);
		String name = colon < 0 ? "" : location.substring(colon + 1);
		return messages.getMessage("forms.builder.location." + kind, new Object[] { name }, locale);
	}

	private String argument(Object argument, Locale locale) {
		if (argument instanceof Text text) {
			return text.in(locale);
		}
		if (argument instanceof Collection<?> items) {
			return items.stream().map(item -> "„" + argument(item, locale) + "“").collect(Collectors.joining(", "));
		}
		return String.valueOf(argument);
	}

	/**
	 * A condition in words. Inside a group or repetition ({@code container}) paths name its fields first, as
	 * they are evaluated.
	 */
	String condition(Condition condition, FormDefinition definition, @Nullable Field container, Locale locale) {
		if (condition.all() != null) {
			return condition.all().stream().map(c -> condition(c, definition, container, locale))
				.collect(Collectors.joining(" " + messages.getMessage("forms.condition.and", null, locale) + " "));
		}
		if (condition.any() != null) {
			return condition.any().stream().map(c -> condition(c, definition, container, locale))
				.collect(Collectors.joining(" " + messages.getMessage("forms.condition.or", null, locale) + " "));
		}
		if (condition.not() != null) {
			return messages.getMessage("forms.condition.not", new Object[] { condition(condition.not(), definition, container, locale) },
					locale);
		}
		Field field = field(definition, container, condition.field());
		String label = field == null ? condition.field() : field.label().in(locale);
		String value = condition.value();
		if (value != null && value.startsWith("{") && value.endsWith("}")) {
			Field other = field(definition, container, value.substring(1, value.length() - 1));
			value = messages.getMessage("forms.builder.condition.answer-to", new Object[] { other == null ? value : other.label().in(locale) },
					locale);
		}
		else if (field != null && value != null) {
			value = optionLabel(field, value, locale);
		}
		return messages.getMessage("forms.condition." + condition.operator().name(), new Object[] { label, value }, locale);
	}

	/** "Wird nur gezeigt, wenn …" for a page's or field's condition; null where there is none. */
	@Nullable
	String shownIf(@Nullable Condition condition, FormDefinition definition, @Nullable Field container, Locale locale) {
		return condition == null ? null
				: messages.getMessage("forms.builder.condition.shown-if", new Object[] { condition(condition, definition, container, locale) },
						locale);
	}

	private String optionLabel(Field field, String value, Locale locale) {
		if (field.type() == FieldType.YES_NO) {
			return "ja".equals(value) ? messages.getMessage("forms.answer.yes", null, locale)
					: "nein".equals(value) ? messages.getMessage("forms.answer.no", null, locale) : value;
		}
		List<String> labels = new ArrayList<>();
		for (String each : value.split(",")) {
			String part = each.strip();
			labels.add(field.choices().stream().filter(o -> o.value().equals(part)).findFirst().map(o -> o.label().in(locale)).orElse(part));
		}
		return String.join(", ", labels);
	}

	/** The field a condition's path names, looked up as {@link de.amtsportal.forms.definition.Conditions} does. */
	static @Nullable Field field(FormDefinition definition, @Nullable Field container, @Nullable String path) {
		if (path == null) {
			return null;
		}
		String[] parts = path.split("\\.");
		if (container != null) {
			Field local = walk(container.fields(), parts);
			if (local != null) {
				return local;
			}
		}
		for (FormPage page : definition.pages()) {
			Field found = walk(page.fields(), parts);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable Field walk(List<Field> fields, String[] parts) {
		Field current = null;
		List<Field> level = fields;
		for (String part : parts) {
			current = level.stream().filter(f -> f.id().equals(part)).findFirst().orElse(null);
			if (current == null) {
				return null;
			}
			level = current.fields();
		}
		return current;
	}

	/** A value of the comparison in lines: texts with their English version, options one per line, and so on. */
	List<String> value(@Nullable Object value, FormDefinition definition, @Nullable Field container, Locale locale) {
		if (value == null) {
			return List.of("–");
		}
		if (value instanceof Text text) {
			return text.en() == null || text.en().isBlank() ? List.of(text.de())
					: List.of(text.de(), messages.getMessage("forms.builder.in-english", new Object[] { text.en() }, locale));
		}
		if (value instanceof Boolean yes) {
			return List.of(messages.getMessage(yes ? "forms.answer.yes" : "forms.answer.no", null, locale));
		}
		if (value instanceof FieldType type) {
			return List.of(type(type, locale));
		}
		if (value instanceof Condition condition) {
			return List.of(condition(condition, definition, container, locale));
		}
		if (value instanceof Upload upload) {
			return List.of(messages.getMessage("forms.builder.upload.summary", new Object[] { String.join(", ", upload.mediaTypes()),
					upload.maxBytes() / 1024 / 1024, upload.maxCount() }, locale));
		}
		if (value instanceof BigDecimal number) {
			return List.of(number.toPlainString());
		}
		if (value instanceof LocalDate date) {
			return List.of(String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return List.of("–");
			}
			return list.stream().map(item -> item instanceof Option option
					? option.value() + " – " + option.label().in(locale)
					: item instanceof String path && field(definition, container, path) != null
							? field(definition, container, path).label().in(locale) : String.valueOf(item)).toList();
		}
		return List.of(String.valueOf(value));
	}
}
