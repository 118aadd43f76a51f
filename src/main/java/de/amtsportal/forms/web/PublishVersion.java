package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.internal.FormManagement;

/** An editor publishes an approved version; the version published before is superseded. */
@Controller
class PublishVersion {

	private final BuilderPages pages;
	private final FormManagement management;
	private final MessageSource messages;

	PublishVersion(BuilderPages pages, FormManagement management, MessageSource messages) {
		this.pages = pages;
		this.management = management;
		this.messages = messages;
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/veroeffentlichen")
	String publish(@PathVariable UUID formId, @PathVariable UUID versionId, RedirectAttributes redirect, Locale locale) {
		pages.load(formId, versionId);
		management.publish(versionId);
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.published", null, locale));
		return "redirect:" + BuilderPages.base(formId, versionId);
	}
}
