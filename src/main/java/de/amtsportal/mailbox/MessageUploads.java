package de.amtsportal.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRules;

/**
 * Files sent with a message from a form — the Postfach thread of either side, the case view of the back office —
 * under one set of rules, inspected by the documents module. A rejected file leaves nothing stored of the whole
 * post: the form comes back with the reason, and the person chooses again.
 */
@Component
public class MessageUploads {

	public static final int MAX_FILES = 5;
	/** Below the multipart limit of the application (spring.servlet.multipart.max-file-size). */
	public static final UploadRules RULES = new UploadRules(List.of("application/pdf", "image/jpeg", "image/png"), 5L * 1024 * 1024);

	private final Documents documents;

	MessageUploads(Documents documents) {
		this.documents = documents;
	}

	/** Stores the chosen files; on the first rejection removes what was stored and records the reason. */
	public List<UUID> store(@Nullable List<MultipartFile> files, BindingResult errors) {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
		if (chosen.size() > MAX_FILES) {
			errors.reject("mailbox.files.error.too-many", new Object[] { MAX_FILES }, null);
			return List.of();
		}
		List<UUID> stored = new ArrayList<>();
		for (MultipartFile file : chosen) {
			try (InputStream content = file.getInputStream()) {
				stored.add(documents.store(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), content, RULES).id());
			}
			catch (UploadRejected rejected) {
				discard(stored);
				errors.reject(rejected.messageKey(), rejected.arguments(), null);
				return List.of();
			}
			catch (IOException e) {
				discard(stored);
				throw new UncheckedIOException(e);
			}
		}
		return stored;
	}

	public void discard(List<UUID> stored) {
		stored.forEach(documents::delete);
	}
}
