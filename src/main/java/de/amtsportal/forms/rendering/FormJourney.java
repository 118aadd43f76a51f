package de.amtsportal.forms.rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Conditions;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.FormValidator;
import de.amtsportal.forms.definition.Violation;

/**
 * Stepping through a form one page at a time: a posted page replaces that page's answers, everything is
 * cleaned against the definition, the page is checked on its own, and the next visible page follows.
 * Buttons to add or remove a repetition post {@code aktion=hinzufuegen:f.<field>} or
 * {@code aktion=entfernen:f.<field>:<index>}, so repeating groups work without JavaScript.
 */
public final class FormJourney {

	private FormJourney() {
	}

	/** The answers after a page was posted: that page's fields as posted, the others as before. */
	public static Answers post(FormDefinition definition, Answers before, FormPage page, Map<String, String[]> parameters) {
		Map<String, Object> merged = new LinkedHashMap<>(before.values());
		page.fields().forEach(field -> merged.remove(field.id()));
		merged.putAll(AnswerBinding.bind(page, parameters));
		String action = first(parameters.get("aktion"));
		if (action != null) {
			applyAction(definition, page, merged, action);
		}
		return FormValidator.clean(definition, merged);
	}

	/** Whether the post was an add/remove button rather than "continue" (then the page is shown again). */
	public static boolean isRepetitionAction(Map<String, String[]> parameters) {
		String action = first(parameters.get("aktion"));
		return action != null && (action.startsWith("hinzufuegen:") || action.startsWith("entfernen:"));
	}

	public static List<Violation> check(FormDefinition definition, Answers answers, FormPage page, LocalDate today) {
		return FormValidator.validate(definition, answers, Set.of(page.id()), today);
	}

	public static Optional<FormPage> next(FormDefinition definition, Answers answers, String pageId) {
		List<FormPage> visible = definition.pages().stream().filter(p -> Conditions.holds(p.visibleIf(), answers, null)).toList();
		int index = indexOf(visible, pageId);
		return index >= 0 && index + 1 < visible.size() ? Optional.of(visible.get(index + 1)) : Optional.empty();
	}

	public static Optional<FormPage> previous(FormDefinition definition, Answers answers, String pageId) {
		List<FormPage> visible = definition.pages().stream().filter(p -> Conditions.holds(p.visibleIf(), answers, null)).toList();
		int index = indexOf(visible, pageId);
		return index > 0 ? Optional.of(visible.get(index - 1)) : Optional.empty();
	}

	/** The first visible page that is not complete, if any: where "check your answers" sends people back. */
	public static Optional<FormPage> firstIncomplete(FormDefinition definition, Answers answers, LocalDate today) {
		return definition.pages().stream()
			.filter(p -> Conditions.holds(p.visibleIf(), answers, null))
			.filter(p -> !check(definition, answers, p, today).isEmpty())
			.findFirst();
	}

	private static int indexOf(List<FormPage> pages, String pageId) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).id().equals(pageId)) {
				return i;
			}
		}
		return -1;
	}

	@SuppressWarnings("unchecked")
	private static void applyAction(FormDefinition definition, FormPage page, Map<String, Object> answers, String action) {
		String[] parts = action.split(":");
		if (parts.length < 2 || !parts[1].startsWith(AnswerBinding.PREFIX)) {
			return;
		}
		String fieldId = parts[1].substring(AnswerBinding.PREFIX.length());
		var field = page.fields().stream().filter(f -> f.id().equals(fieldId) && AnswerBinding.isRepeat(f)).findFirst();
		if (field.isEmpty()) {
			return; // only top-level repetitions of the posted page can be changed
		}
		List<Object> items = answers.get(fieldId) instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
		int max = field.get().maxItems() == null ? 50 : field.get().maxItems();
		if ("hinzufuegen".equals(parts[0])) {
			int shown = Math.max(items.size(), Math.max(field.get().minItems() == null ? 1 : field.get().minItems(), 1));
			while (items.size() < shown) {
				items.add(new LinkedHashMap<>());
			}
			if (items.size() < max) {
				items.add(new LinkedHashMap<String, Object>());
			}
		}
		else if ("entfernen".equals(parts[0]) && parts.length == 3 && parts[2].matches("\\d{1,2}")) {
			int index = Integer.parseInt(parts[2]);
			if (index < items.size()) {
				items.remove(index);
			}
		}
		answers.put(fieldId, items);
	}

	private static @Nullable String first(String @Nullable [] values) {
		return values == null || values.length == 0 ? null : values[0];
	}

}
