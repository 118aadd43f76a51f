package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.DefinitionEditor.Direction;
import de.amtsportal.forms.definition.DefinitionEditor.Located;
import de.amtsportal.forms.internal.FormNotFound;

/** Moves a question one place up or down among its neighbours (on the page, or inside its group). */
@Controller
class FieldMoves {

	private final BuilderPages pages;
	private final MessageSource messages;

	FieldMoves(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/felder/{path:[a-z][a-z0-9_.]*}/verschieben")
	String move(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String path,
			@RequestParam("richtung") String direction, @RequestParam(name = "zurueck", defaultValue = "") String back,
			RedirectAttributes redirect, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Located located = DefinitionEditor.locate(loaded.definition(), path).orElseThrow(FormNotFound::new);
		try {
			pages.store(loaded, DefinitionEditor.moveField(loaded.definition(), path, "hoch".equals(direction) ? Direction.UP : Direction.DOWN));
			redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.moved", null, locale));
		}
		catch (DefinitionEditor.Rejected rejected) {
			redirect.addFlashAttribute("problem", pages.words().problem(rejected.problem(), locale));
		}
		String editor = loaded.base() + "/bearbeiten";
		if ("feld".equals(back)) {
			return "redirect:" + editor + "/felder/" + path;
		}
		return "redirect:" + (located.parentPath() == null ? editor + "/seiten/" + located.page().id() + "#fragen"
				: editor + "/felder/" + located.parentPath() + "#fragen");
	}
}
