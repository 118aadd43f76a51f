package de.amtsportal.submissions;

import java.util.Locale;
import java.util.Optional;

/**
 * Something another module adds to the confirmation page after sending — the reports module tells the reporter
 * where their report appears in public. Like {@link CheckPageNote}, the journey knows none of them; it renders
 * the note's fragment {@code note(model)}.
 */
public interface ConfirmationNote {

	Optional<CheckPageNote.Note> note(String serviceSlug, String reference, Locale locale);
}
