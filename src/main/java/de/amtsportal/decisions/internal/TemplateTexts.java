package de.amtsportal.decisions.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The template a decision uses: the service's, in the application's language, German where no translation exists. */
@Component
public class TemplateTexts {

	private final DecisionTemplates templates;

	TemplateTexts(DecisionTemplates templates) {
		this.templates = templates;
	}

	@Transactional(readOnly = true)
	public Optional<TemplateText> of(UUID serviceId, Locale locale) {
		return templates.findByServiceIdAndLanguage(serviceId, "en".equals(locale.getLanguage()) ? "en" : "de")
			.or(() -> templates.findByServiceIdAndLanguage(serviceId, "de"))
			.map(DecisionTemplate::text);
	}
}
