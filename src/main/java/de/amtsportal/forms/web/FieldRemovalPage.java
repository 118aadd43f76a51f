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
import de.amtsportal.forms.definition.DefinitionEditor.Located;

/** Removing a question asks first; a question that conditions or rules still name is refused with their names. */
@Controller
class FieldRemovalPage {

	static final String PATH = FieldEditorPage.PATH + "/entfernen";

	private final BuilderPages pages;
	private final MessageSource messages;

	FieldRemovalPage(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String confirm(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String path, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Located located = FieldPages.locate(loaded.definition(), path);
		pages.describe(model, loaded, locale);
		String label = located.field().label().in(locale);
		model.addAttribute("heading", messages.getMessage("forms.builder.remove.field.heading", new Object[] { label }, locale));
		model.addAttribute("question", messages.getMessage("forms.builder.remove.field.question", new Object[] { located.field().fields().size() },
				locale));
		model.addAttribute("confirmAction", loaded.base() + "/bearbeiten/felder/" + path + "/entfernen");
		model.addAttribute("cancel", loaded.base() + "/bearbeiten/felder/" + path);
		model.addAttribute("button", messages.getMessage("forms.builder.remove.field.button", null, locale));
		return "forms/builder/entfernen";
	}

	@PostMapping(PATH)
	String remove(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String path, RedirectAttributes redirect,
			Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Located located = FieldPages.locate(loaded.definition(), path);
		try {
			pages.store(loaded, DefinitionEditor.removeField(loaded.definition(), path));
		}
		catch (DefinitionEditor.Rejected rejected) {
			redirect.addFlashAttribute("problem", pages.words().problem(rejected.problem(), locale));
			return "redirect:" + loaded.base() + "/bearbeiten/felder/" + path;
		}
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.removed",
				new Object[] { located.field().label().in(locale) }, locale));
		String editor = loaded.base() + "/bearbeiten";
		return "redirect:" + (located.parentPath() == null ? editor + "/seiten/" + located.page().id() : editor + "/felder/" + located.parentPath());
	}
}
