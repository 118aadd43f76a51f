package de.amtsportal.forms.rendering;

import java.util.List;

/**
 * A page of a form ready to draw: its title, its fields, the errors for the summary at the top, and where it
 * stands among the pages ("Schritt 2 von 4").
 */
public record FormPageView(String formTitle, String pageId, String title, int number, int pageCount,
		List<FieldView> fields, List<ErrorLink> errors) {

	/** An entry of the error summary: the message, linking to the field. */
	public record ErrorLink(String fieldId, String message) {
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}
}
