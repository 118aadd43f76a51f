package de.amtsportal.submissions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.Attachment;
import de.amtsportal.submissions.internal.Draft;

/** The files of a draft's upload fields: receiving them with a page, removing them, naming them. */
@Component
class DraftFiles {

	static final String REMOVE = "datei-entfernen:";

	private final Applications applications;

	DraftFiles(Applications applications) {
		this.applications = applications;
	}

	List<Violation> receive(Draft draft, FormDefinition definition, FormPage page, HttpServletRequest request, Locale locale) {
		return List.of();
	}

	boolean isFileAction(Map<String, String[]> parameters) {
		String[] action = parameters.get("aktion");
		return action != null && action.length > 0 && action[0].startsWith(REMOVE);
	}

	boolean hasUploads(FormPage page) {
		return page.fields().stream().anyMatch(f -> f.type() == FieldType.FILE || f.type() == FieldType.PHOTO);
	}

	void discard(Draft draft) {
		applications.discard(draft.id());
	}

	/** Stored id → file name, for the page and the check page. */
	Map<String, String> names(Draft draft) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Attachment attachment : applications.attachmentsOf(draft.id())) {
			names.put(attachment.documentId().toString(), attachment.fileName());
		}
		return names;
	}
}
