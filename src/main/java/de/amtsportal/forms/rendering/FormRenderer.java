package de.amtsportal.forms.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.Conditions;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.forms.rendering.FieldView.OptionView;
import de.amtsportal.forms.rendering.FormPageView.ErrorLink;

/**
 * Draws a page of a form from its definition, the answers so far and the violations of the last submit.
 * Fields hidden by an answer on an earlier page are left out; fields that depend on an answer on the same
 * page are drawn with their condition as a hint, so the page needs no JavaScript.
 */
@Component
public class FormRenderer {

	private static final List<String> ADDRESS_PARTS = List.of("strasse", "hausnummer", "plz", "ort");
	private static final List<String> POSITION_PARTS = List.of("lat", "lon");

	private final MessageSource messages;

	public FormRenderer(MessageSource messages) {
		this.messages = messages;
	}

	public FormPageView render(FormDefinition definition, String pageId, Answers answers, List<Violation> violations,
			Locale locale) {
		FormPage page = definition.page(pageId).orElseThrow(() -> new IllegalArgumentException("No page " + pageId));
		List<FormPage> visiblePages = visiblePages(definition, answers);
		Map<String, String> errors = new LinkedHashMap<>();
		for (Violation violation : violations) {
			errors.putIfAbsent(violation.path(), message(violation, locale));
		}
		Context context = new Context(definition, page, answers, errors, locale);
		List<FieldView> fields = new ArrayList<>();
		for (Field field : page.fields()) {
			if (context.shown(field, null)) {
				fields.add(context.view(field, field.id(), answers.values().get(field.id()), null));
			}
		}
		List<ErrorLink> summary = errors.entrySet().stream().map(e -> new ErrorLink(id(e.getKey()), e.getValue())).toList();
		return new FormPageView(definition.title().in(locale), page.id(), page.title().in(locale),
				Math.max(visiblePages.indexOf(page), 0) + 1, visiblePages.size(), fields, summary);
	}

	/** The pages the applicant will see with these answers, in order. */
	public List<FormPage> visiblePages(FormDefinition definition, Answers answers) {
		return definition.pages().stream().filter(p -> Conditions.holds(p.visibleIf(), answers, null)).toList();
	}

	/** The text of a violation in the user's language: the definition's own message, or the standard one. */
	public String message(Violation violation, Locale locale) {
		if (violation.message() != null) {
			return violation.message().in(locale);
		}
		return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale);
	}

	/** Element ids may not contain dots or brackets in CSS selectors; "personen[1].vorname" → "f-personen-1-vorname". */
	public static String id(String path) {
		return "f-" + path.replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
	}

	private final class Context {

		private final FormDefinition definition;
		private final FormPage page;
		private final Answers answers;
		private final Map<String, String> errors;
		private final Locale locale;

		Context(FormDefinition definition, FormPage page, Answers answers, Map<String, String> errors, Locale locale) {
			this.definition = definition;
			this.page = page;
			this.answers = answers;
			this.errors = errors;
			this.locale = locale;
		}

		/** Hidden by an earlier page's answer: left out. Depends on this page: drawn, with its condition as hint. */
		boolean shown(Field field, @Nullable Map<String, Object> scope) {
			Condition condition = field.visibleIf();
			if (condition == null || dependsOnThisPage(condition, scope)) {
				return true;
			}
			return Conditions.holds(condition, answers, scope);
		}

		private boolean dependsOnThisPage(Condition condition, @Nullable Map<String, Object> scope) {
			if (condition.field() != null) {
				return scope != null || AnswerBinding.onPage(page, condition.field());
			}
			List<Condition> parts = condition.all() != null ? condition.all()
					: condition.any() != null ? condition.any() : List.of(Objects.requireNonNull(condition.not()));
			return parts.stream().anyMatch(c -> dependsOnThisPage(c, scope));
		}

		@SuppressWarnings("unchecked")
		FieldView view(Field field, String path, @Nullable Object value, @Nullable Map<String, Object> scope) {
			String id = id(path);
			String name = AnswerBinding.PREFIX + path;
			String label = field.label().in(locale);
			String hint = field.hint() == null ? null : field.hint().in(locale);
			String conditionText = field.visibleIf() != null && dependsOnThisPage(field.visibleIf(), scope)
					? messages.getMessage("forms.condition.only-if", new Object[] { describe(field.visibleIf()) }, locale)
					: null;
			List<OptionView> options = List.of();
			List<FieldView> children = List.of();
			List<List<FieldView>> items = List.of();
			boolean canAdd = false;
			String text = value instanceof String s ? s : null;
			switch (field.type()) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
					List<String> chosen = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
							: text == null ? List.of() : List.of(text);
					options = new ArrayList<>();
					int index = 0;
					for (Option option : field.choices()) {
						options.add(new OptionView(option.value(), option.label().in(locale), chosen.contains(option.value()),
								id + "-" + index++));
					}
				}
				case YES_NO -> options = List.of(
						new OptionView("ja", messages.getMessage("forms.answer.yes", null, locale), "ja".equals(text), id + "-ja"),
						new OptionView("nein", messages.getMessage("forms.answer.no", null, locale), "nein".equals(text), id + "-nein"));
				case POSTAL_ADDRESS, POSITION -> {
					Map<String, Object> parts = value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
					children = (field.type() == FieldType.POSTAL_ADDRESS ? ADDRESS_PARTS : POSITION_PARTS).stream()
						.map(part -> new FieldView(id(path + "." + part), name + "." + part, FieldType.TEXT,
								messages.getMessage("forms.part." + part, null, locale), null, field.required(),
								parts.get(part) instanceof String s ? s : null, List.of(), errors.get(path + "." + part), List.of(),
								List.of(), false, null, null, null, List.of(), 0))
						.toList();
				}
				case GROUP -> {
					Map<String, Object> group = value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
					children = field.fields().stream().filter(child -> shown(child, group))
						.map(child -> view(child, path + "." + child.id(), group.get(child.id()), group)).toList();
				}
				case REPEAT -> {
					List<Map<String, Object>> given = value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
					int count = Math.max(given.size(), Math.max(field.minItems() == null ? 1 : field.minItems(), 1));
					int max = field.maxItems() == null ? 50 : field.maxItems();
					items = new ArrayList<>();
					for (int i = 0; i < Math.min(count, max); i++) {
						Map<String, Object> item = i < given.size() ? given.get(i) : Map.of();
						String itemPath = path + "[" + i + "]";
						items.add(field.fields().stream().filter(child -> shown(child, item))
							.map(child -> view(child, itemPath + "." + child.id(), item.get(child.id()), item)).toList());
					}
					canAdd = count < max;
				}
				default -> {
				}
			}
			List<String> files = (field.type() == FieldType.FILE || field.type() == FieldType.PHOTO) && value instanceof List<?> list
					? list.stream().map(String::valueOf).toList() : List.of();
			Long maxBytes = field.upload() == null ? null : field.upload().maxBytes();
			String accept = field.upload() == null ? null : String.join(",", field.upload().mediaTypes());
			return new FieldView(id, name, field.type(), label, hint, field.required(), text, options, errors.get(path), children,
					items, canAdd, conditionText, maxBytes, accept, files, field.upload() == null ? 1 : field.upload().maxCount());
		}

		/** A condition in words: „Art der Wohnung“ ist „Nebenwohnung“. */
		private String describe(Condition condition) {
			if (condition.all() != null) {
				return condition.all().stream().map(this::describe)
					.collect(Collectors.joining(" " + messages.getMessage("forms.condition.and", null, locale) + " "));
			}
			if (condition.any() != null) {
				return condition.any().stream().map(this::describe)
					.collect(Collectors.joining(" " + messages.getMessage("forms.condition.or", null, locale) + " "));
			}
			if (condition.not() != null) {
				return messages.getMessage("forms.condition.not", new Object[] { describe(condition.not()) }, locale);
			}
			Field field = find(condition.field());
			String label = field == null ? condition.field() : field.label().in(locale);
			String value = condition.value();
			if (field != null && value != null) {
				for (Option option : field.choices()) {
					if (option.value().equals(value)) {
						value = option.label().in(locale);
					}
				}
				if (field.type() == FieldType.YES_NO) {
					value = messages.getMessage("ja".equals(value) ? "forms.answer.yes" : "forms.answer.no", null, locale);
				}
			}
			return messages.getMessage("forms.condition." + condition.operator().name(), new Object[] { label, value }, locale);
		}

		private @Nullable Field find(@Nullable String path) {
			if (path == null) {
				return null;
			}
			String[] parts = path.split("\\.");
			Field current = definition.field(parts[0]).orElse(null);
			if (current == null) {
				// a sibling inside the repeating group on this page
				return page.fields().stream().flatMap(f -> f.fields().stream()).filter(f -> f.id().equals(parts[0])).findFirst().orElse(null);
			}
			for (int i = 1; i < parts.length && current != null; i++) {
				String part = parts[i];
				current = current.fields().stream().filter(f -> f.id().equals(part)).findFirst().orElse(null);
			}
			return current;
		}
	}
}
