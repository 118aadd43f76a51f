package de.amtsportal.mailbox.web;

import java.util.List;
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

import jakarta.validation.Valid;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageUploads;
import de.amtsportal.mailbox.internal.Threads;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * The citizen's Postfach: {@code /postfach} lists the threads of the signed-in person and their institutions;
 * {@code /postfach/antrag/{id}} is one application's thread with the reply form, open to its applicant — an
 * account, a member of the institution, or the browser that opened the anonymous applicant's secret link.
 */
@Controller
class CitizenMailbox {

	private final Mailbox mailbox;
	private final Threads threads;
	private final Submissions submissions;
	private final Directory directory;
	private final CurrentUser currentUser;
	private final MessageUploads uploads;
	private final ThreadFiles threadFiles;
	private final Catalog catalog;

	CitizenMailbox(Mailbox mailbox, Threads threads, Submissions submissions, Directory directory, CurrentUser currentUser,
			MessageUploads uploads, ThreadFiles threadFiles, Catalog catalog) {
		this.mailbox = mailbox;
		this.threads = threads;
		this.submissions = submissions;
		this.directory = directory;
		this.currentUser = currentUser;
		this.uploads = uploads;
		this.threadFiles = threadFiles;
		this.catalog = catalog;
	}

	@GetMapping("/postfach")
	String list(Model model) {
		SignedInAccount me = currentUser.get().orElseThrow(NotFound::new);
		model.addAttribute("threads", threads.of(me.id().value(), me.institutions()));
		return "mailbox/postfach";
	}

	@GetMapping("/postfach/antrag/{id}")
	String thread(@PathVariable UUID id, Model model) {
		SubmissionView submission = readable(id);
		if (submission == null) {
			return "redirect:/postfach/antrag/" + id + "/anmelden";
		}
		show(submission, new ReplyInput(""), model);
		// read receipts once the page is drawn: the page still marks what was new on this visit
		threads.readByApplicant(id);
		return "mailbox/thread";
	}

	/** Signing in to read a thread: protected, so the sign-in brings people back to it (the link in the mail). */
	@GetMapping("/postfach/antrag/{id}/anmelden")
	String signedIn(@PathVariable UUID id) {
		return "redirect:/postfach/antrag/" + id;
	}

	@PostMapping("/postfach/antrag/{id}")
	String reply(@PathVariable UUID id, @Valid @ModelAttribute("reply") ReplyInput reply, BindingResult errors,
			@RequestParam(name = "dateien", required = false) @Nullable List<MultipartFile> files, Model model) {
		SubmissionView submission = readable(id);
		if (submission == null) {
			throw new NotFound();
		}
		List<UUID> stored = errors.hasErrors() ? List.of() : uploads.store(files, errors);
		if (!errors.hasErrors() && reply.text().isBlank() && stored.isEmpty()) {
			errors.rejectValue("text", "mailbox.reply.error.empty");
		}
		if (errors.hasErrors()) {
			show(submission, reply, model);
			return "mailbox/thread";
		}
		try {
			mailbox.reply(id, reply.text(), stored);
		}
		catch (RuntimeException failed) {
			uploads.discard(stored);
			throw failed;
		}
		return "redirect:/postfach/antrag/" + id + "?gesendet#nachrichten";
	}

	/** A file of the thread, from either side: always a download, only for the applicant. */
	@GetMapping("/postfach/antrag/{id}/dateien/{documentId}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID documentId) {
		if (readable(id) == null) {
			throw new NotFound();
		}
		return threadFiles.download(mailbox.messages(id), documentId);
	}

	private void show(SubmissionView submission, ReplyInput reply, Model model) {
		model.addAttribute("thread", ThreadPage.of(submission, mailbox.messages(submission.id()), directory, catalog));
		model.addAttribute("timeline", submissions.timeline(submission.id()));
		model.addAttribute("rated", submissions.hasRated(submission.id(), true));
		model.addAttribute("reply", reply);
	}

	/** The application if the requester may read it as its applicant; null if they might after signing in; 404 otherwise. */
	private @Nullable SubmissionView readable(UUID id) {
		SubmissionView submission = submissions.find(id).orElseThrow(NotFound::new);
		if (submissions.mayReadAsApplicant(id)) {
			return submission;
		}
		if (currentUser.get().isEmpty() && submission.applicantAccount() != null) {
			return null;
		}
		throw new NotFound();
	}
}
