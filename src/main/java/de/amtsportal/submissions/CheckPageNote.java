package de.amtsportal.submissions;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.forms.definition.Answers;

/**
 * Something another module shows on the check page before an application is sent — the reports module shows
 * open reports near the given position ("is it one of these?"). Implementations are beans of the module that
 * knows the subject; the journey knows none of them, it renders {@code template}'s fragment {@code note(model)}.
 */
public interface CheckPageNote {

	Optional<Note> note(PublishedService service, Answers answers, Locale locale);

	/** A Thymeleaf template with a fragment {@code note(model)}, and what it shows. */
	record Note(String template, Map<String, Object> model) {

		public Note {
			model = Map.copyOf(model);
		}
	}
}
