package de.amtsportal.forms.web;

import java.util.ArrayList;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.forms.definition.CrossFieldRule;
import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;

/**
 * {@code …/bearbeiten}: the outline of a version being edited — the form's title, its pages in order (move,
 * open, add) and its rules across questions.
 */
@Controller
class DefinitionOverviewPage {

	record TitleInput(@NotBlank(message = "{forms.builder.error.title-required}") @Size(max = 300, message = "{forms.builder.error.too-long}") String titleDe,
			@Nullable @Size(max = 300, message = "{forms.builder.error.too-long}") String titleEn) {
	}

	record NewPageInput(@Nullable @Size(max = 60, message = "{forms.builder.error.too-long}") String pageId,
			@NotBlank(message = "{forms.builder.error.title-required}") @Size(max = 300, message = "{forms.builder.error.too-long}") String pageTitleDe,
			@Nullable @Size(max = 300, message = "{forms.builder.error.too-long}") String pageTitleEn) {
	}

	record PageRow(String id, int number, String title, int questions, @Nullable String condition, boolean first, boolean last) {
	}

	record RuleRow(String id, String when, String require, String message) {
	}

	private final BuilderPages pages;
	private final MessageSource messages;

	DefinitionOverviewPage(BuilderPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten")
	String show(@PathVariable UUID formId, @PathVariable UUID versionId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		Text title = loaded.definition().title();
		return show(model, loaded, new TitleInput(title.de(), title.en()), new NewPageInput("", "", ""), new InputErrors(), locale);
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/titel")
	String retitle(@PathVariable UUID formId, @PathVariable UUID versionId, @Valid @ModelAttribute("titleInput") TitleInput input,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		InputErrors errors = InputErrors.of(binding, messages, locale);
		if (errors.any()) {
			return show(model, loaded, input, new NewPageInput("", "", ""), errors, locale);
		}
		pages.store(loaded, DefinitionEditor.retitle(loaded.definition(), Text.of(input.titleDe().strip(), blankToNull(input.titleEn()))));
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.saved", null, locale));
		return "redirect:" + loaded.base() + "/bearbeiten";
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/seiten")
	String addPage(@PathVariable UUID formId, @PathVariable UUID versionId, @Valid @ModelAttribute("pageInput") NewPageInput input,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		InputErrors errors = InputErrors.of(binding, messages, locale);
		Text title = loaded.definition().title();
		TitleInput titleInput = new TitleInput(title.de(), title.en());
		if (errors.any()) {
			return show(model, loaded, titleInput, input, errors, locale);
		}
		String id = input.pageId() == null || input.pageId().isBlank() ? freeId(loaded.definition(), input.pageTitleDe()) : input.pageId().strip();
		try {
			pages.store(loaded, DefinitionEditor.addPage(loaded.definition(), id, Text.of(input.pageTitleDe().strip(), blankToNull(input.pageTitleEn()))));
		}
		catch (DefinitionEditor.Rejected rejected) {
			pages.reject(rejected, "page:" + id, Map.of("id", "pageId"), errors, locale);
			return show(model, loaded, titleInput, input, errors, locale);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.page-added", null, locale));
		return "redirect:" + loaded.base() + "/bearbeiten/seiten/" + id;
	}

	/** An id from the title ("Angaben zum Fahrzeug" → "angaben-zum-fahrzeug"), numbered if taken. */
	static String freeId(FormDefinition definition, String title) {
		String base = FieldForm.slug(title);
		if (!Character.isLetter(base.charAt(0)) || "pruefen".equals(base)) {
			base = "seite-" + base;
		}
		String id = base;
		for (int n = 2; definition.page(id).isPresent(); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private String show(Model model, BuilderPages.Loaded loaded, TitleInput titleInput, NewPageInput pageInput, InputErrors errors, Locale locale) {
		pages.describe(model, loaded, locale);
		FormDefinition definition = loaded.definition();
		List<PageRow> rows = new ArrayList<>();
		List<FormPage> all = definition.pages();
		for (int i = 0; i < all.size(); i++) {
			FormPage page = all.get(i);
			rows.add(new PageRow(page.id(), i + 1, page.title().in(locale), page.fields().size(),
					pages.words().shownIf(page.visibleIf(), definition, null, locale), i == 0, i == all.size() - 1));
		}
		List<RuleRow> rules = new ArrayList<>();
		for (CrossFieldRule rule : definition.rules()) {
			rules.add(new RuleRow(rule.id(), pages.words().condition(rule.when(), definition, null, locale),
					pages.words().condition(rule.require(), definition, null, locale), rule.message().in(locale)));
		}
		model.addAttribute("pageRows", rows);
		model.addAttribute("ruleRows", rules);
		model.addAttribute("titleInput", titleInput);
		model.addAttribute("pageInput", pageInput);
		model.addAttribute("errors", errors);
		return "forms/builder/bearbeiten";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
