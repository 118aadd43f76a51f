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
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.internal.FormNotFound;

/**
 * {@code …/seiten/{page}/felder/neu?typ=…&in=…}: a new question of a chosen type, at the end of a page or of a
 * group or repetition on it. A group is created with its first question, since a group is never empty.
 */
@Controller
class NewFieldPage {

	static final String PATH = "/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/seiten/{pageId}/felder/neu";

	private final BuilderPages pages;
	private final FieldPages fieldPages;
	private final MessageSource messages;

	NewFieldPage(BuilderPages pages, FieldPages fieldPages, MessageSource messages) {
		this.pages = pages;
		this.fieldPages = fieldPages;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String form(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId, @RequestParam("typ") FieldType type,
			@RequestParam(name = "in", required = false) @Nullable String parentPath, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		FormPage page = loaded.definition().page(pageId).orElseThrow(FormNotFound::new);
		return show(model, loaded, page, parent(loaded, page, parentPath), type, FieldForm.blank(type), new InputErrors(), locale);
	}

	@PostMapping(PATH)
	String create(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId, @RequestParam("typ") FieldType type,
			@RequestParam(name = "in", required = false) @Nullable String parentPath, @Valid @ModelAttribute("input") FieldForm input,
			BindingResult binding, @RequestParam(name = "aktion", required = false) @Nullable String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		FormPage page = loaded.definition().page(pageId).orElseThrow(FormNotFound::new);
		Located parent = parent(loaded, page, parentPath);
		FieldForm shown = input.normalised();
		if ("optionen-zeile".equals(action)) {
			return show(model, loaded, page, parent, type, shown.withBlankOptions(1), new InputErrors(), locale);
		}
		if ("condition-zeile".equals(action)) {
			return show(model, loaded, page, parent, type, shown.withBlankConditionRows(1), new InputErrors(), locale);
		}
		InputErrors errors = InputErrors.of(binding, messages, locale);
		if (!errors.any()) {
			Field field = shown.toField(type, null, errors, messages, locale);
			if (field != null) {
				String container = parent == null ? null : parent.path();
				String path = container == null ? field.id() : container + "." + field.id();
				try {
					pages.store(loaded, DefinitionEditor.addField(loaded.definition(), pageId, container, field));
					redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.field-added",
							new Object[] { field.label().in(locale) }, locale));
					String editor = loaded.base() + "/bearbeiten";
					if (type.holdsChildren()) {
						return "redirect:" + editor + "/felder/" + path;
					}
					return "redirect:" + (container == null ? editor + "/seiten/" + pageId + "#fragen" : editor + "/felder/" + container + "#fragen");
				}
				catch (DefinitionEditor.Rejected rejected) {
					pages.reject(rejected, "field:" + path, FieldPages.INPUTS, errors, locale);
				}
			}
		}
		return show(model, loaded, page, parent, type, shown, errors, locale);
	}

	private static @Nullable Located parent(BuilderPages.Loaded loaded, FormPage page, @Nullable String parentPath) {
		if (parentPath == null || parentPath.isBlank()) {
			return null;
		}
		Located parent = FieldPages.locate(loaded.definition(), parentPath);
		if (!parent.page().id().equals(page.id()) || !parent.field().type().holdsChildren()) {
			throw new FormNotFound();
		}
		return parent;
	}

	private String show(Model model, BuilderPages.Loaded loaded, FormPage page, @Nullable Located parent, FieldType type, FieldForm input,
			InputErrors errors, Locale locale) {
		String action = loaded.base() + "/bearbeiten/seiten/" + page.id() + "/felder/neu?typ=" + type.name()
				+ (parent == null ? "" : "&in=" + parent.path());
		return fieldPages.show(model, loaded, page, parent == null ? null : parent.field(), parent == null ? null : parent.path(), null, type,
				input, errors, action, locale);
	}
}
