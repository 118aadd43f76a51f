package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormNotFound;

/** The editor answers a comment of the review ("done", or why not) while the version can be edited. */
@Controller
class CommentReply {

	static final int MAX_LENGTH = 5000;

	private final BuilderPages pages;
	private final FormManagement management;
	private final MessageSource messages;

	CommentReply(BuilderPages pages, FormManagement management, MessageSource messages) {
		this.pages = pages;
		this.management = management;
		this.messages = messages;
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/anmerkungen/{commentId}/antwort")
	String reply(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable UUID commentId,
			@RequestParam(name = "text", defaultValue = "") String text, RedirectAttributes redirect, Locale locale) {
		pages.load(formId, versionId);
		if (management.comments(versionId).stream().noneMatch(c -> c.id().equals(commentId))) {
			throw new FormNotFound();
		}
		if (text.isBlank() || text.length() > MAX_LENGTH) {
			redirect.addFlashAttribute("problem", messages.getMessage("forms.builder.error.reply", new Object[] { MAX_LENGTH }, locale));
		}
		else {
			management.reply(commentId, text);
			redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.replied", null, locale));
		}
		return "redirect:" + BuilderPages.base(formId, versionId) + "#anmerkungen";
	}
}
