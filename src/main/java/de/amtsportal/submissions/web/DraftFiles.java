package de.amtsportal.submissions.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.Attachment;
import de.amtsportal.submissions.internal.Draft;

/**
 * The files of a draft's upload fields: each upload goes through the documents module's checks (real type,
 * size, active content, virus scan) before it becomes an answer; a refused file gives a message at its field
 * and leaves nothing behind. A photo's position fills the page's empty position field.
 */
@Component
class DraftFiles {

	static final String REMOVE = "datei-entfernen:";

	private final Applications applications;
	private final Documents documents;
	private final MessageSource messages;

	DraftFiles(Applications applications, Documents documents, MessageSource messages) {
		this.applications = applications;
		this.documents = documents;
		this.messages = messages;
	}

	/** What a page's uploads brought: problems per field, and positions read from photos. */
	record Received(List<Violation> problems, Map<String, Object> positions) {
	}

	Received receive(Draft draft, FormPage page, HttpServletRequest request) {
		List<Violation> problems = new ArrayList<>();
		Map<String, Object> positions = new LinkedHashMap<>();
		String action = request.getParameter("aktion");
		if (action != null && action.startsWith(REMOVE)) {
			remove(draft, action.substring(REMOVE.length()));
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return new Received(problems, positions);
		}
		for (Field field : page.fields()) {
			if (field.type() != FieldType.FILE && field.type() != FieldType.PHOTO) {
				continue;
			}
			List<MultipartFile> chosen = multipart.getFiles("f." + field.id()).stream()
				.filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
			if (chosen.isEmpty()) {
				continue;
			}
			Upload upload = field.upload() == null ? new Upload(List.of("application/pdf", "image/jpeg", "image/png"), Upload.DEFAULT_MAX_BYTES, 1)
					: field.upload();
			long already = applications.attachmentsOf(draft.id()).stream().filter(a -> a.fieldPath().equals(field.id())).count();
			if (already + chosen.size() > upload.maxCount()) {
				problems.add(problem(field.id(), "submissions.upload.too-many", upload.maxCount()));
				continue;
			}
			for (MultipartFile file : chosen) {
				try (InputStream content = file.getInputStream()) {
					StoredDocument stored = documents.store(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), content,
							new UploadRules(upload.mediaTypes(), upload.maxBytes()));
					applications.attach(draft.id(), field.id(), stored.id(), stored.fileName(), stored.mediaType(), stored.size());
					if (stored.position() != null) {
						page.fields().stream().filter(f -> f.type() == FieldType.POSITION).findFirst()
							.ifPresent(position -> positions.put(position.id(), Map.of(
									"lat", stored.position().latitude().toPlainString(),
									"lon", stored.position().longitude().toPlainString())));
					}
				}
				catch (UploadRejected rejected) {
					problems.add(problem(field.id(), rejected.messageKey(), rejected.arguments()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return new Received(problems, positions);
	}

	/** The answers with positions read from photos, where the applicant gave none. */
	static Answers withPositions(Answers answers, Map<String, Object> positions) {
		Answers result = answers;
		for (Map.Entry<String, Object> position : positions.entrySet()) {
			if (!Answers.given(answers.values().get(position.getKey()))) {
				result = result.with(position.getKey(), position.getValue());
			}
		}
		return result;
	}

	boolean isFileAction(Map<String, String[]> parameters) {
		String[] action = parameters.get("aktion");
		return action != null && action.length > 0 && action[0].startsWith(REMOVE);
	}

	boolean hasUploads(FormPage page) {
		return page.fields().stream().anyMatch(f -> f.type() == FieldType.FILE || f.type() == FieldType.PHOTO);
	}

	/** Stored id → file name, for the page and the check page. */
	Map<String, String> names(Draft draft) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Attachment attachment : applications.attachmentsOf(draft.id())) {
			names.put(attachment.documentId().toString(), attachment.fileName());
		}
		return names;
	}

	void discard(Draft draft) {
		applications.discard(draft.id());
	}

	private void remove(Draft draft, String documentId) {
		try {
			UUID id = UUID.fromString(documentId);
			if (applications.detach(draft.id(), id)) {
				documents.delete(id);
			}
		}
		catch (IllegalArgumentException notAnId) {
			// a tampered button value: nothing of this draft is named, nothing happens
		}
	}

	private Violation problem(String path, String key, Object... arguments) {
		return new Violation(path, Violation.Code.RULE, List.of(),
				Text.of(messages.getMessage(key, arguments, Locale.GERMAN), messages.getMessage(key, arguments, Locale.ENGLISH)));
	}
}
