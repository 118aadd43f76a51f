package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * The errors of one submitted builder form, by the id of the input they belong to, in the order of the page:
 * the error summary links to each input, the input shows its message. Kept apart from Spring's binding result
 * because the builder's inputs are nested (options, condition rows) and bound into records.
 */
final class InputErrors {

	/** An entry of the error summary; {@code input} is the id of the element it links to. */
	record Entry(String input, String message) {
	}

	private final Map<String, String> messages = new LinkedHashMap<>();
	private final List<Entry> entries = new ArrayList<>();

	static InputErrors of(BindingResult binding, MessageSource texts, Locale locale) {
		InputErrors errors = new InputErrors();
		binding.getFieldErrors().forEach(error -> errors.add(error.getField(), texts.getMessage(error, locale)));
		binding.getGlobalErrors().forEach(error -> errors.add("fehler", texts.getMessage(error, locale)));
		return errors;
	}

	/** Adds a message for an input: the summary lists every message, the input shows its first. */
	InputErrors add(String input, String message) {
		messages.putIfAbsent(input, message);
		entries.add(new Entry(input, message));
		return this;
	}

	public boolean any() {
		return !messages.isEmpty();
	}

	public boolean has(String input) {
		return messages.containsKey(input);
	}

	@Nullable
	public String get(String input) {
		return messages.get(input);
	}

	/** The ids for aria-describedby: the input's hint (if it has one) and its error. */
	@Nullable
	public String describedBy(String input, boolean hint) {
		String ids = ((hint ? input + "-hint " : "") + (has(input) ? input + "-error" : "")).strip();
		return ids.isEmpty() ? null : ids;
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}
}
