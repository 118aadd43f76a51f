package de.amtsportal.mailbox.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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

import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.mailbox.ApplicationNotOpen;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageUploads;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * {@code /amt/postfach/antrag/{id}}: an application's thread for the caseworkers of its responsible unit, with
 * read receipts and a form for a message, query or document request. Everybody else gets 404. The case view of
 * the back office will embed this thread.
 */
@Controller
class StaffMailbox {

	private final Mailbox mailbox;
	private final Submissions submissions;
	private final Directory directory;
	private final CurrentUser currentUser;
	private final MessageUploads uploads;
	private final ThreadFiles threadFiles;
	private final Catalog catalog;

	StaffMailbox(Mailbox mailbox, Submissions submissions, Directory directory, CurrentUser currentUser, MessageUploads uploads,
			ThreadFiles threadFiles, Catalog catalog) {
		this.mailbox = mailbox;
		this.submissions = submissions;
		this.directory = directory;
		this.currentUser = currentUser;
		this.uploads = uploads;
		this.threadFiles = threadFiles;
		this.catalog = catalog;
	}

	@GetMapping("/amt/postfach/antrag/{id}")
	String thread(@PathVariable UUID id, Model model) {
		show(handled(id), SendInput.empty(), model);
		return "mailbox/amt-thread";
	}

	@PostMapping("/amt/postfach/antrag/{id}")
	String send(@PathVariable UUID id, @Valid @ModelAttribute("send") SendInput input, BindingResult errors,
			@RequestParam(name = "dateien", required = false) @Nullable List<MultipartFile> files, Model model) {
		SubmissionView submission = handled(id);
		MessageKind kind = input.messageKind().orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "mailbox.send.error.kind");
		}
		if (input.text().isBlank()) {
			errors.rejectValue("text", "mailbox.send.error.text");
		}
		if (kind == MessageKind.DOCUMENT_REQUEST && input.requestedDocuments().isEmpty()) {
			errors.rejectValue("requested", "mailbox.send.error.requested-none");
		}
		if (input.requestedDocuments().size() > Mailbox.MAX_REQUESTED
				|| input.requestedDocuments().stream().anyMatch(r -> r.length() > Mailbox.MAX_REQUESTED_LENGTH)) {
			errors.rejectValue("requested", "mailbox.send.error.requested");
		}
		List<UUID> stored = errors.hasErrors() ? List.of() : uploads.store(files, errors);
		if (!errors.hasErrors() && kind != null) {
			try {
				List<String> requested = kind == MessageKind.DOCUMENT_REQUEST ? input.requestedDocuments() : List.of();
				mailbox.send(id, kind, input.text(), requested, stored, me());
				return "redirect:/amt/postfach/antrag/" + id + "?gesendet#nachrichten";
			}
			catch (ApplicationNotOpen finished) {
				uploads.discard(stored);
				errors.rejectValue("kind", "mailbox.send.error.not-open");
			}
		}
		show(submission, input, model);
		return "mailbox/amt-thread";
	}

	@GetMapping("/amt/postfach/antrag/{id}/dateien/{documentId}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID documentId) {
		handled(id);
		return threadFiles.download(mailbox.messages(id), documentId);
	}

	private void show(SubmissionView submission, SendInput input, Model model) {
		List<MessageView> messages = mailbox.messages(submission.id());
		model.addAttribute("thread", ThreadPage.of(submission, messages, directory, catalog));
		model.addAttribute("timeline", submissions.timeline(submission.id()));
		model.addAttribute("authors", messages.stream().map(MessageView::author).filter(a -> a != null).distinct()
			.collect(Collectors.toMap(Function.identity(),
					a -> directory.person(new AccountId(a)).map(Directory.Person::displayName).orElse(""))));
		model.addAttribute("kinds", SendInput.KINDS);
		model.addAttribute("send", input);
	}

	private SubmissionView handled(UUID id) {
		if (!mailbox.mayHandle(id)) {
			throw new NotFound();
		}
		return submissions.find(id).orElseThrow(NotFound::new);
	}

	private AccountId me() {
		return currentUser.require().id();
	}
}
