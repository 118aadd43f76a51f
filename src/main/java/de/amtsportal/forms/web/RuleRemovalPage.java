package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.internal.FormNotFound;

/** Removing a rule across questions asks first. */
@Controller
class RuleRemovalPage {

	static final String PATH = RuleEditorPage.BASE + "/{ruleId}/entfernen";

	private final BuilderPages pages;
	private final MessageSource messages;

	RuleRemovalPage(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String confirm(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String ruleId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		if (loaded.definition().rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
			throw new FormNotFound();
		}
		pages.describe(model, loaded, locale);
		model.addAttribute("heading", messages.getMessage("forms.builder.remove.rule.heading", new Object[] { ruleId }, locale));
		model.addAttribute("question", messages.getMessage("forms.builder.remove.rule.question", null, locale));
		model.addAttribute("confirmAction", loaded.base() + "/bearbeiten/regeln/" + ruleId + "/entfernen");
		model.addAttribute("cancel", loaded.base() + "/bearbeiten/regeln/" + ruleId);
		model.addAttribute("button", messages.getMessage("forms.builder.remove.rule.button", null, locale));
		return "forms/builder/entfernen";
	}

	@PostMapping(PATH)
	String remove(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String ruleId, RedirectAttributes redirect,
			Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		try {
			pages.store(loaded, DefinitionEditor.removeRule(loaded.definition(), ruleId));
		}
		catch (DefinitionEditor.Rejected rejected) {
			throw new FormNotFound();
		}
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.removed", new Object[] { ruleId }, locale));
		return "redirect:" + loaded.base() + "/bearbeiten#regeln";
	}
}
