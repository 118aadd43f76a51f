package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormVersion;

/** A new draft of a published form, copied from its latest version; the published one stays as it is. */
@Controller
class NewDraft {

	private final FormManagement management;
	private final MessageSource messages;

	NewDraft(FormManagement management, MessageSource messages) {
		this.management = management;
		this.messages = messages;
	}

	@PostMapping("/amt/formulare/{formId}/entwurf")
	String create(@PathVariable UUID formId, RedirectAttributes redirect, Locale locale) {
		FormVersion draft = management.draft(formId);
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.draft", new Object[] { draft.number() }, locale));
		return "redirect:" + BuilderPages.base(formId, draft.id());
	}
}
