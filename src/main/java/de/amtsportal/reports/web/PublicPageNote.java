package de.amtsportal.reports.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.amtsportal.reports.internal.ReportCategories;
import de.amtsportal.submissions.CheckPageNote.Note;
import de.amtsportal.submissions.ConfirmationNote;

/**
 * On the confirmation page of a report of a category (not of a notification, which is never public): what the
 * public sees of it, and the link to its public page, whose address is the reference.
 */
@Component
class PublicPageNote implements ConfirmationNote {

	private final ReportCategories categories;

	PublicPageNote(ReportCategories categories) {
		this.categories = categories;
	}

	@Override
	public Optional<Note> note(String serviceSlug, String reference, Locale locale) {
		return categories.find(serviceSlug).map(category -> new Note("reports/veroeffentlicht", Map.of("reference", reference)));
	}
}
