package de.amtsportal.decisions.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import de.amtsportal.decisions.DecisionDraft;
import de.amtsportal.decisions.Decisions;
import de.amtsportal.decisions.InvalidDecision;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.mailbox.ApplicationNotOpen;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * {@code /amt/bescheide/antrag/{id}}: the caseworker edits the draft from the service's template, looks at the
 * PDF first if they like, and signs and delivers it. Only caseworkers of the responsible unit get the page; for
 * everyone else the application does not exist.
 */
@Controller
class IssuePage {

	private final Decisions decisions;
	private final Submissions submissions;
	private final CurrentUser currentUser;

	IssuePage(Decisions decisions, Submissions submissions, CurrentUser currentUser) {
		this.decisions = decisions;
		this.submissions = submissions;
		this.currentUser = currentUser;
	}

	@GetMapping("/amt/bescheide/antrag/{id}")
	String form(@PathVariable UUID id, Model model) {
		DecisionDraft draft = draft(id);
		show(id, new DecisionInput(draft.title(), draft.text()), draft, model);
		return "decisions/bescheid";
	}

	/** The unsealed PDF, shown in the browser: what the applicant will get, before anything is sent. */
	@PostMapping(path = "/amt/bescheide/antrag/{id}/vorschau")
	Object preview(@PathVariable UUID id, @ModelAttribute("decision") DecisionInput input, BindingResult errors, Model model) {
		DecisionDraft draft = draft(id);
		try {
			byte[] pdf = decisions.preview(id, input.title(), input.text(), me());
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("Vorschau.pdf").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(pdf);
		}
		catch (InvalidDecision invalid) {
			errors.rejectValue(invalid.field(), invalid.messageKey());
		}
		show(id, input, draft, model);
		return "decisions/bescheid";
	}

	@PostMapping("/amt/bescheide/antrag/{id}")
	String issue(@PathVariable UUID id, @ModelAttribute("decision") DecisionInput input, BindingResult errors, Model model) {
		DecisionDraft draft = draft(id);
		try {
			decisions.issue(id, input.title(), input.text(), me());
			return "redirect:/amt/postfach/antrag/" + id + "?gesendet#nachrichten";
		}
		catch (InvalidDecision invalid) {
			errors.rejectValue(invalid.field(), invalid.messageKey());
		}
		catch (ApplicationNotOpen finished) {
			errors.reject("decisions.error.not-open");
		}
		show(id, input, draft, model);
		return "decisions/bescheid";
	}

	private void show(UUID id, DecisionInput input, DecisionDraft draft, Model model) {
		SubmissionView submission = submissions.find(id).orElseThrow(NotFound::new);
		model.addAttribute("submission", submission);
		model.addAttribute("decision", input);
		model.addAttribute("draft", draft);
	}

	private DecisionDraft draft(UUID id) {
		try {
			return decisions.draft(id, me());
		}
		catch (AccessDeniedException refused) {
			throw new NotFound();
		}
	}

	private AccountId me() {
		return currentUser.require().id();
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;
	}
}
