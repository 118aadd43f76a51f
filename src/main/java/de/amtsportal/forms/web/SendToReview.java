package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.internal.FormManagement;

/** The editor sends a draft (or a version sent back) to the reviewers of the responsible unit. */
@Controller
class SendToReview {

	private final BuilderPages pages;
	private final FormManagement management;
	private final MessageSource messages;

	SendToReview(BuilderPages pages, FormManagement management, MessageSource messages) {
		this.pages = pages;
		this.management = management;
		this.messages = messages;
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/zur-pruefung")
	String submit(@PathVariable UUID formId, @PathVariable UUID versionId, RedirectAttributes redirect, Locale locale) {
		pages.load(formId, versionId);
		management.submitForReview(versionId);
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.submitted", null, locale));
		return "redirect:" + BuilderPages.base(formId, versionId);
	}
}
