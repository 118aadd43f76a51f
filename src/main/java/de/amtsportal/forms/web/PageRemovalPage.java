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
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.internal.FormNotFound;

/** Removing a page asks first, naming how many questions go with it. */
@Controller
class PageRemovalPage {

	static final String PATH = "/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/seiten/{pageId}/entfernen";

	private final BuilderPages pages;
	private final MessageSource messages;

	PageRemovalPage(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String confirm(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		FormPage page = loaded.definition().page(pageId).orElseThrow(FormNotFound::new);
		pages.describe(model, loaded, locale);
		String title = page.title().in(locale);
		model.addAttribute("heading", messages.getMessage("forms.builder.remove.page.heading", new Object[] { title }, locale));
		model.addAttribute("question", messages.getMessage("forms.builder.remove.page.question", new Object[] { page.fields().size() }, locale));
		model.addAttribute("confirmAction", loaded.base() + "/bearbeiten/seiten/" + pageId + "/entfernen");
		model.addAttribute("cancel", loaded.base() + "/bearbeiten/seiten/" + pageId);
		model.addAttribute("button", messages.getMessage("forms.builder.remove.page.button", null, locale));
		return "forms/builder/entfernen";
	}

	@PostMapping(PATH)
	String remove(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId, RedirectAttributes redirect,
			Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		FormPage page = loaded.definition().page(pageId).orElseThrow(FormNotFound::new);
		try {
			pages.store(loaded, DefinitionEditor.removePage(loaded.definition(), pageId));
		}
		catch (DefinitionEditor.Rejected rejected) {
			redirect.addFlashAttribute("problem", pages.words().problem(rejected.problem(), locale));
			return "redirect:" + loaded.base() + "/bearbeiten/seiten/" + pageId;
		}
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.removed", new Object[] { page.title().in(locale) }, locale));
		return "redirect:" + loaded.base() + "/bearbeiten";
	}
}
