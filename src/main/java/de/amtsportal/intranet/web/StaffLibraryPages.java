package de.amtsportal.intranet.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.amtsportal.documents.Downloads;
import de.amtsportal.documents.UploadRejected;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.Library;

/**
 * {@code /amt/intranet/bibliothek}: the publisher's library — filing documents and forms in folders for an
 * audience, uploading new versions with a note of what changed, and the history of each file.
 */
@Controller
class StaffLibraryPages {

	private final Library library;
	private final Directory directory;
	private final CurrentUser currentUser;

	StaffLibraryPages(Library library, Directory directory, CurrentUser currentUser) {
		this.library = library;
		this.directory = directory;
		this.currentUser = currentUser;
	}

	@GetMapping("/amt/intranet/bibliothek")
	String list(Model model) {
		model.addAttribute("documents", library.all());
		return "intranet/amt-bibliothek";
	}

	@GetMapping("/amt/intranet/bibliothek/neu")
	String create(Model model) {
		return form(DocumentInput.empty(), model);
	}

	@PostMapping("/amt/intranet/bibliothek/neu")
	String create(@ModelAttribute("document") DocumentInput input, BindingResult errors,
			@RequestParam(name = "datei", required = false) @Nullable MultipartFile file, Model model) {
		var content = input.validate(errors, directory);
		if (file == null || file.isEmpty()) {
			errors.rejectValue("folder", "intranet.library.error.file");
		}
		if (content.isEmpty() || errors.hasErrors() || file == null) {
			return form(input, model);
		}
		try (InputStream in = file.getInputStream()) {
			UUID id = library.add(content.get(), input.folder(), name(file), in, currentUser.require());
			return "redirect:/amt/intranet/bibliothek/" + id;
		}
		catch (UploadRejected rejected) {
			errors.reject(rejected.messageKey(), rejected.arguments(), null);
			return form(input, model);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/amt/intranet/bibliothek/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("entry", library.document(id).orElseThrow(NotFound::new));
		model.addAttribute("version", new VersionInput(""));
		return "intranet/amt-dokument";
	}

	@PostMapping("/amt/intranet/bibliothek/{id}/versionen")
	String addVersion(@PathVariable UUID id, @ModelAttribute("version") VersionInput input, BindingResult errors,
			@RequestParam(name = "datei", required = false) @Nullable MultipartFile file, Model model) {
		Item document = library.document(id).orElseThrow(NotFound::new);
		if (file == null || file.isEmpty()) {
			errors.rejectValue("note", "intranet.library.error.file");
		}
		if (input.note().length() > 500) {
			errors.rejectValue("note", "intranet.library.error.note");
		}
		if (!errors.hasErrors() && file != null) {
			try (InputStream in = file.getInputStream()) {
				library.addVersion(id, name(file), in, input.note(), currentUser.require());
				return "redirect:/amt/intranet/bibliothek/" + id + "?neue-version";
			}
			catch (UploadRejected rejected) {
				errors.reject(rejected.messageKey(), rejected.arguments(), null);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		model.addAttribute("entry", document);
		return "intranet/amt-dokument";
	}

	@GetMapping("/amt/intranet/bibliothek/{id}/versionen/{number}")
	ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable int number) {
		Library.Download download = library.download(currentUser.require(), id, number).orElseThrow(NotFound::new);
		return Downloads.attachment(download.document(), download.content());
	}

	private String form(DocumentInput input, Model model) {
		model.addAttribute("document", input);
		model.addAttribute("institutions", directory.institutions());
		model.addAttribute("groups", directory.targetGroups());
		return "intranet/amt-dokument-neu";
	}

	private static String name(MultipartFile file) {
		return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
	}

	/** A new version's note: what changed. */
	record VersionInput(String note) {

		VersionInput {
			note = note == null ? "" : note.strip();
		}
	}
}
