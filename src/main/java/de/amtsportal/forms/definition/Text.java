package de.amtsportal.forms.definition;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A text in German and, where given, English; English readers see German where no translation exists. */
public record Text(String de, @Nullable String en) {

	public Text {
		if (de == null || de.isBlank()) {
			throw new IllegalArgumentException("Every text needs a German version");
		}
	}

	public static Text of(String de, @Nullable String en) {
		return new Text(de, en);
	}

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : de;
	}
}
