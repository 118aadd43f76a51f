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

/** Moves a page one place up or down — buttons instead of drag and drop, so keyboards and screen readers can. */
@Controller
class PageMoves {

	private final BuilderPages pages;
	private final MessageSource messages;

	PageMoves(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/seiten/{pageId}/verschieben")
	String move(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId,
			@RequestParam("richtung") String direction, @RequestParam(name = "zurueck", defaultValue = "") String back,
			RedirectAttributes redirect, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		try {
			pages.store(loaded, DefinitionEditor.movePage(loaded.definition(), pageId, "hoch".equals(direction) ? Direction.UP : Direction.DOWN));
			redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.moved", null, locale));
		}
		catch (DefinitionEditor.Rejected rejected) {
			redirect.addFlashAttribute("problem", pages.words().problem(rejected.problem(), locale));
		}
		String editor = loaded.base() + "/bearbeiten";
		return "redirect:" + ("seite".equals(back) ? editor + "/seiten/" + pageId : editor + "#seiten");
	}
}
