package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.internal.FormNotFound;

/**
 * {@code …/bearbeiten/seiten/{page}}: one page of the form — its questions (open, move, add), its title and
 * condition, and beside it the page as applicants will see it.
 */
@Controller
class PageEditorPage {

	record PageInput(@NotBlank(message = "{forms.builder.error.title-required}") @Size(max = 300, message = "{forms.builder.error.too-long}") String titleDe,
			@Nullable @Size(max = 300, message = "{forms.builder.error.too-long}") String titleEn, @Nullable @Valid ConditionForm condition) {

		ConditionForm conditionForm() {
			return condition == null ? ConditionForm.empty() : condition;
		}
	}

	/** A question in the table of a page or group. */
	record FieldRow(String path, String label, String type, boolean required, @Nullable String condition, int inside, boolean first,
			boolean last) {
	}

	/** A type to choose for a new question. */
	record TypeChoice(String value, String label) {
	}

	private final BuilderPages pages;
	private final ConditionEditors conditions;
	private final MessageSource messages;

	PageEditorPage(BuilderPages pages, ConditionEditors conditions, MessageSource messages) {
		this.pages = pages;
		this.conditions = conditions;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/seiten/{pageId}")
	String show(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		FormPage page = loaded.definition().page(pageId).orElseThrow(FormNotFound::new);
		PageInput input = new PageInput(page.title().de(), page.title().en(), ConditionForm.of(page.visibleIf()));
		return show(model, loaded, page, input, new InputErrors(), 1, locale);
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/seiten/{pageId}")
	String save(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String pageId,
			@Valid @ModelAttribute("input") PageInput input, BindingResult binding,
			@RequestParam(name = "aktion", required = false) @Nullable String action, Model model, Locale locale, RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		FormPage page = loaded.definition().page(pageId).orElseThrow(FormNotFound::new);
		PageInput shown = new PageInput(input.titleDe(), input.titleEn(), input.conditionForm().filled());
		if ("condition-zeile".equals(action)) {
			return show(model, loaded, page, shown, new InputErrors(), 2, locale);
		}
		InputErrors errors = InputErrors.of(binding, messages, locale);
		Condition condition = shown.conditionForm().toCondition(page.visibleIf(), "condition", errors, messages, locale);
		if (!errors.any()) {
			try {
				Text title = Text.of(input.titleDe().strip(), input.titleEn() == null || input.titleEn().isBlank() ? null : input.titleEn().strip());
				pages.store(loaded, DefinitionEditor.updatePage(loaded.definition(), pageId, title, condition));
				redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.saved", null, locale));
				return "redirect:" + loaded.base() + "/bearbeiten/seiten/" + pageId;
			}
			catch (DefinitionEditor.Rejected rejected) {
				pages.reject(rejected, "page:" + pageId, Map.of("visibleIf", "condition"), errors, locale);
			}
		}
		return show(model, loaded, page, shown, errors, 1, locale);
	}

	private String show(Model model, BuilderPages.Loaded loaded, FormPage page, PageInput input, InputErrors errors, int blankRows,
			Locale locale) {
		FormDefinition definition = loaded.definition();
		pages.describe(model, loaded, locale);
		pages.preview(model, definition, page.id(), locale);
		List<FormPage> all = definition.pages();
		int index = all.indexOf(page);
		model.addAttribute("page", page);
		model.addAttribute("pageTitle", page.title().in(locale));
		model.addAttribute("firstPage", index == 0);
		model.addAttribute("lastPage", index == all.size() - 1);
		model.addAttribute("fieldRows", rows(page.fields(), "", definition, null, locale, pages.words()));
		model.addAttribute("types", types(FieldType.values(), locale, messages));
		model.addAttribute("input", input);
		model.addAttribute("conditionEditor", conditions.forPage(definition, page.id(), input.conditionForm().withBlankRows(blankRows),
				page.visibleIf(), locale));
		model.addAttribute("errors", errors);
		List<String> onPage = new ArrayList<>(definition.paths().stream()
			.filter(p -> DefinitionEditor.locate(definition, p).map(l -> l.page().id().equals(page.id())).orElse(false)).toList());
		onPage.add(page.id());
		model.addAttribute("remarks", pages.comments(loaded, onPage::contains));
		return "forms/builder/seite";
	}

	static List<FieldRow> rows(List<Field> fields, String prefix, FormDefinition definition, @Nullable Field container, Locale locale,
			DefinitionWords words) {
		List<FieldRow> rows = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			rows.add(new FieldRow(prefix + field.id(), field.label().in(locale), words.type(field.type(), locale), field.required(),
					words.shownIf(field.visibleIf(), definition, container, locale), field.fields().size(), i == 0, i == fields.size() - 1));
		}
		return rows;
	}

	static List<TypeChoice> types(FieldType[] types, Locale locale, MessageSource messages) {
		return Arrays.stream(types).map(t -> new TypeChoice(t.name(), messages.getMessage("forms.builder.type." + t.name(), null, locale)))
			.toList();
	}
}
