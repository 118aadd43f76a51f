package de.amtsportal.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A text in the page's language, or the German original where no translation exists; {@code lang} is then
 * "de", so that the page marks the passage (screen readers switch their pronunciation, WCAG 3.1.2).
 */
record Localized(String text, @Nullable String lang) {

	/** English where there is an English text; otherwise German, marked as such for screen readers. */
	static Localized of(String german, @Nullable String english, Locale locale) {
		if (!"en".equals(locale.getLanguage())) {
			return new Localized(german, null);
		}
		return english == null || english.isBlank() ? new Localized(german, german.isBlank() ? null : "de")
				: new Localized(english, null);
	}

	public boolean isPresent() {
		return !text.isBlank();
	}

	/** Paragraphs are separated by an empty line; single line breaks stay inside a paragraph. */
	public List<String> paragraphs() {
		return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** The items of a list kept one per line. */
	public List<String> lines() {
		return Arrays.stream(text.split("\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}
}
