package de.amtsportal.forms.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.DefinitionEditor.Located;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;

/**
 * With JavaScript on, htmx posts the question's inputs while the editor types and swaps in the page's preview
 * with the change applied — nothing is stored. Without JavaScript the preview shows after each save instead.
 * While the inputs cannot be turned into a question, the preview shows the stored page and says why.
 */
@Controller
class LivePreview {

	private final BuilderPages pages;
	private final MessageSource messages;

	LivePreview(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping(FieldEditorPage.PATH + "/vorschau")
	String edited(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String path,
			@ModelAttribute("input") FieldForm input, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Located located = FieldPages.locate(loaded.definition(), path);
		InputErrors errors = new InputErrors();
		FormDefinition changed = null;
		Field field = input.normalised().toField(located.field().type(), located.field(), errors, messages, locale);
		if (field != null) {
			changed = apply(() -> DefinitionEditor.replaceField(loaded.definition(), path, field), errors, locale);
		}
		return render(model, loaded.definition(), changed, located.page().id(), errors, locale);
	}

	@PostMapping(NewFieldPage.PATH + "/vorschau")
	String added(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId, @RequestParam("typ") FieldType type,
			@RequestParam(name = "in", required = false) @Nullable String parentPath, @ModelAttribute("input") FieldForm input, Model model,
			Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		InputErrors errors = new InputErrors();
		FormDefinition changed = null;
		Field field = input.id() == null || input.id().isBlank() ? null : input.normalised().toField(type, null, errors, messages, locale);
		if (field != null) {
			String container = parentPath == null || parentPath.isBlank() ? null : parentPath;
			changed = apply(() -> DefinitionEditor.addField(loaded.definition(), pageId, container, field), errors, locale);
		}
		return render(model, loaded.definition(), changed, pageId, errors, locale);
	}

	private @Nullable FormDefinition apply(Supplier<FormDefinition> edit, InputErrors errors, Locale locale) {
		try {
			return edit.get();
		}
		catch (DefinitionEditor.Rejected rejected) {
			errors.add("fehler", pages.words().problem(rejected.problem(), locale));
			return null;
		}
		catch (IllegalArgumentException incomplete) {
			return null;
		}
	}

	private String render(Model model, FormDefinition stored, @Nullable FormDefinition changed, String pageId, InputErrors errors,
			Locale locale) {
		pages.preview(model, changed != null ? changed : stored, pageId, locale);
		model.addAttribute("previewNote", changed != null ? null
				: messages.getMessage("forms.builder.preview.stored", null, locale) + (errors.any() ? " " + errors.entries().get(0).message() : ""));
		return "forms/builder/teile :: livePreview";
	}
}
