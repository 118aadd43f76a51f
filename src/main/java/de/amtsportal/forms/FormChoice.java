package de.amtsportal.forms;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A form as another module offers it for selection (e.g. the form a service of the catalogue uses), whether
 * or not a version of it is published yet.
 */
public record FormChoice(UUID formId, String slug, String titleDe, @Nullable String titleEn, Audience audience,
		boolean published) {

	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
	}
}
