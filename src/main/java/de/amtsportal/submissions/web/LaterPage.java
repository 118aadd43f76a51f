package de.amtsportal.submissions.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.submissions.internal.ApplicantAccess;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.Draft;
import de.amtsportal.submissions.internal.ResumeLinks;

/** "Go on later": an anonymous applicant gets a secret link to the draft by mail; the link opens it again. */
@Controller
class LaterPage {

	private final Applications applications;
	private final ApplicantAccess access;
	private final ResumeLinks links;
	private final Catalog catalog;

	LaterPage(Applications applications, ApplicantAccess access, ResumeLinks links, Catalog catalog) {
		this.applications = applications;
		this.access = access;
		this.links = links;
		this.catalog = catalog;
	}

	record LaterForm(@NotBlank(message = "{submissions.later.error.email}") @Email(message = "{submissions.later.error.email-format}")
			@Size(max = 254, message = "{submissions.later.error.email-format}") String email) {
	}

	@GetMapping("/antrag/{slug}/{draftId}/spaeter")
	String form(@PathVariable String slug, @PathVariable UUID draftId, Model model) {
		model.addAttribute("draft", draft(slug, draftId));
		model.addAttribute("wording", catalog.kindOf(slug).wording());
		model.addAttribute("laterForm", new LaterForm(""));
		return "submissions/spaeter";
	}

	@PostMapping("/antrag/{slug}/{draftId}/spaeter")
	String send(@PathVariable String slug, @PathVariable UUID draftId, @Validated @ModelAttribute LaterForm laterForm,
			BindingResult binding, Model model, Locale locale) {
		Draft draft = draft(slug, draftId);
		model.addAttribute("draft", draft);
		model.addAttribute("wording", catalog.kindOf(slug).wording());
		if (binding.hasErrors()) {
			return "submissions/spaeter";
		}
		String serviceName = catalog.find(slug).map(s -> s.name(locale)).orElse(slug);
		links.send(draftId, laterForm.email().strip(), serviceName);
		model.addAttribute("sent", true);
		return "submissions/spaeter";
	}

	@GetMapping("/antrag/fortsetzen/{token}")
	String resume(@PathVariable String token) {
		Draft draft = links.resume(token).orElseThrow(NotFound::new);
		// the check page sends people on to the first page that still lacks an answer
		return "redirect:/antrag/" + draft.serviceSlug() + "/" + draft.id() + "/pruefen";
	}

	private Draft draft(String slug, UUID draftId) {
		return applications.draft(draftId).filter(d -> d.serviceSlug().equals(slug) && !d.isSubmitted())
			.filter(access::mayEdit).orElseThrow(NotFound::new);
	}
}
