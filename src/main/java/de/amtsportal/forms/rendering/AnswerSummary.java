package de.amtsportal.forms.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Conditions;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Values;

/**
 * The answers as people read them on "check your answers", the receipt and in the case file: per visible
 * page, each answered question with its answer in words (option labels, dates as 24.11.2026, addresses on
 * two lines).
 */
@Component
public class AnswerSummary {

	public record Section(String pageId, String title, List<Row> rows) {
	}

	public record Row(String label, List<String> lines) {
	}

	private final MessageSource messages;

	public AnswerSummary(MessageSource messages) {
		this.messages = messages;
	}

	public List<Section> of(FormDefinition definition, Answers answers, Locale locale) {
		return of(definition, answers, locale, Map.of());
	}

	/** The same, with the names of uploaded files (by stored id) instead of their ids. */
	public List<Section> of(FormDefinition definition, Answers answers, Locale locale, Map<String, String> fileNames) {
		List<Section> sections = new ArrayList<>();
		for (FormPage page : definition.pages()) {
			if (!Conditions.holds(page.visibleIf(), answers, null)) {
				continue;
			}
			List<Row> rows = new ArrayList<>();
			for (Field field : page.fields()) {
				if (Conditions.holds(field.visibleIf(), answers, null)) {
					rows(field, answers.values().get(field.id()), "", answers, locale, fileNames, rows);
				}
			}
			sections.add(new Section(page.id(), page.title().in(locale), rows));
		}
		return sections;
	}

	@SuppressWarnings("unchecked")
	private void rows(Field field, Object value, String prefix, Answers answers, Locale locale, Map<String, String> fileNames,
			List<Row> rows) {
		if (!field.type().isAnswered() && field.type() != FieldType.GROUP) {
			return;
		}
		String label = prefix + field.label().in(locale);
		if (field.type() == FieldType.GROUP && value instanceof Map<?, ?> group) {
			Map<String, Object> scope = (Map<String, Object>) group;
			// a question that does not apply to these answers is not "not given": it is left out, as on the page
			field.fields().stream().filter(child -> Conditions.holds(child.visibleIf(), answers, scope))
				.forEach(child -> rows(child, scope.get(child.id()), label + " – ", answers, locale, fileNames, rows));
			return;
		}
		if (field.type() == FieldType.REPEAT && value instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				Map<String, Object> item = (Map<String, Object>) items.get(i);
				String itemLabel = messages.getMessage("forms.repeat.item", new Object[] { label, i + 1 }, locale) + " – ";
				field.fields().stream().filter(child -> Conditions.holds(child.visibleIf(), answers, item))
					.forEach(child -> rows(child, item.get(child.id()), itemLabel, answers, locale, fileNames, rows));
			}
			return;
		}
		rows.add(new Row(label, Answers.given(value) ? lines(field, value, locale, fileNames)
				: List.of(messages.getMessage("forms.answer.not-given", null, locale))));
	}

	@SuppressWarnings("unchecked")
	private List<String> lines(Field field, Object value, Locale locale, Map<String, String> fileNames) {
		return switch (field.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				List<String> chosen = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of((String) value);
				yield chosen.stream().map(v -> field.choices().stream().filter(o -> o.value().equals(v)).findFirst()
					.map(Option::label).map(t -> t.in(locale)).orElse(v)).toList();
			}
			case YES_NO -> List.of(messages.getMessage("ja".equals(value) ? "forms.answer.yes" : "forms.answer.no", null, locale));
			case DATE -> {
				var date = Values.date((String) value);
				yield List.of(date == null ? (String) value : String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
			}
			case POSTAL_ADDRESS -> {
				Map<String, Object> address = (Map<String, Object>) value;
				yield List.of(address.getOrDefault("strasse", "") + " " + address.getOrDefault("hausnummer", ""),
						address.getOrDefault("plz", "") + " " + address.getOrDefault("ort", ""));
			}
			case POSITION -> {
				Map<String, Object> position = (Map<String, Object>) value;
				yield List.of(position.get("lat") + ", " + position.get("lon"));
			}
			case FILE, PHOTO -> ((List<String>) value).stream().map(id -> fileNames.getOrDefault(id, id)).toList();
			default -> List.of(String.valueOf(value));
		};
	}
}
