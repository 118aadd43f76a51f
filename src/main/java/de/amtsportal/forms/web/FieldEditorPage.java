package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.DefinitionEditor.Located;
import de.amtsportal.forms.definition.Field;

/** {@code …/bearbeiten/felder/{path}}: one question — its texts, settings and condition, and the preview of its page. */
@Controller
class FieldEditorPage {

	static final String PATH = "/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/felder/{path:[a-z][a-z0-9_.]*}";

	private final BuilderPages pages;
	private final FieldPages fieldPages;
	private final MessageSource messages;

	FieldEditorPage(BuilderPages pages, FieldPages fieldPages, MessageSource messages) {
		this.pages = pages;
		this.fieldPages = fieldPages;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String show(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String path, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Located located = FieldPages.locate(loaded.definition(), path);
		return show(model, loaded, located, FieldForm.of(located.field()), new InputErrors(), locale);
	}

	@PostMapping(PATH)
	String save(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String path,
			@Valid @ModelAttribute("input") FieldForm input, BindingResult binding,
			@RequestParam(name = "aktion", required = false) @Nullable String action, Model model, Locale locale, RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Located located = FieldPages.locate(loaded.definition(), path);
		FieldForm shown = input.normalised();
		if ("optionen-zeile".equals(action)) {
			return show(model, loaded, located, shown.withBlankOptions(1), new InputErrors(), locale);
		}
		if ("condition-zeile".equals(action)) {
			return show(model, loaded, located, shown.withBlankConditionRows(1), new InputErrors(), locale);
		}
		InputErrors errors = InputErrors.of(binding, messages, locale);
		if (!errors.any()) {
			Field field = shown.toField(located.field().type(), located.field(), errors, messages, locale);
			if (field != null) {
				String newPath = located.parentPath() == null ? field.id() : located.parentPath() + "." + field.id();
				try {
					pages.store(loaded, DefinitionEditor.replaceField(loaded.definition(), path, field));
					redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.saved", null, locale));
					return "redirect:" + loaded.base() + "/bearbeiten/felder/" + newPath;
				}
				catch (DefinitionEditor.Rejected rejected) {
					pages.reject(rejected, "field:" + newPath, FieldPages.INPUTS, errors, locale);
				}
			}
		}
		return show(model, loaded, located, shown, errors, locale);
	}

	private String show(Model model, BuilderPages.Loaded loaded, Located located, FieldForm input, InputErrors errors, Locale locale) {
		return fieldPages.show(model, loaded, located.page(), located.parent(), located.parentPath(), located, located.field().type(), input,
				errors, loaded.base() + "/bearbeiten/felder/" + located.path(), locale);
	}
}
