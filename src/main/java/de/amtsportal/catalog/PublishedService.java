package de.amtsportal.catalog;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A published service as other modules need it: the application journey finds the form, the responsible unit
 * and whether the applicant has to sign in; the inbox shows the name.
 */
public record PublishedService(UUID id, String slug, String nameDe, @Nullable String nameEn, Topic topic,
		ServiceKind kind, UUID responsibleUnit, @Nullable UUID formId, SignIn signIn, String processingTimeDe,
		@Nullable String processingTimeEn, @Nullable String documentsDe, @Nullable String documentsEn) {

	/** The name in the requested language, German where no translation exists. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameDe;
	}

	/** How long processing usually takes, for the confirmation page. */
	public String processingTime(Locale locale) {
		return "en".equals(locale.getLanguage()) && processingTimeEn != null ? processingTimeEn : processingTimeDe;
	}

	/** The documents to have at hand before starting, or null. */
	public @Nullable String documents(Locale locale) {
		return "en".equals(locale.getLanguage()) && documentsEn != null ? documentsEn : documentsDe;
	}
}
