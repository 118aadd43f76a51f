package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import de.amtsportal.forms.definition.CrossFieldRule;
import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.internal.FormNotFound;

/**
 * {@code …/bearbeiten/regeln/neu} and {@code …/regeln/{rule}}: a rule across questions — "when …, then … must
 * hold, otherwise show this message at that question". A value written as {@code {einzug}} compares with the
 * answer to another question.
 */
@Controller
class RuleEditorPage {

	static final String BASE = "/amt/formulare/{formId}/versionen/{versionId}/bearbeiten/regeln";
	private static final Map<String, String> INPUTS = Map.of("id", "id", "when", "when", "require", "require", "fields", "field");

	record RuleForm(
			@NotBlank(message = "{forms.builder.error.rule-id-format}") @Pattern(regexp = "[a-z][a-z0-9_-]{0,59}",
					message = "{forms.builder.error.rule-id-format}") String id,
			@Nullable @Valid ConditionForm when, @Nullable @Valid ConditionForm require,
			@NotBlank(message = "{forms.builder.error.message-required}") @Size(max = 500, message = "{forms.builder.error.too-long}") String messageDe,
			@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String messageEn,
			@NotBlank(message = "{forms.builder.error.rule-field}") String field) {

		static RuleForm of(CrossFieldRule rule) {
			return new RuleForm(rule.id(), ConditionForm.of(rule.when()), ConditionForm.of(rule.require()), rule.message().de(),
					rule.message().en() == null ? "" : rule.message().en(), rule.fields().get(0));
		}

		ConditionForm whenForm() {
			return when == null ? ConditionForm.empty() : when;
		}

		ConditionForm requireForm() {
			return require == null ? ConditionForm.empty() : require;
		}

		RuleForm filled() {
			return new RuleForm(id, whenForm().filled(), requireForm().filled(), messageDe, messageEn, field);
		}
	}

	private final BuilderPages pages;
	private final ConditionEditors conditions;
	private final MessageSource messages;

	RuleEditorPage(BuilderPages pages, ConditionEditors conditions, MessageSource messages) {
		this.pages = pages;
		this.conditions = conditions;
		this.messages = messages;
	}

	@GetMapping(BASE + "/neu")
	String form(@PathVariable UUID formId, @PathVariable UUID versionId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		return show(model, loaded, null, new RuleForm("", ConditionForm.empty(), ConditionForm.empty(), "", "", ""), new InputErrors(), 1, 1,
				locale);
	}

	@GetMapping(BASE + "/{ruleId}")
	String edit(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String ruleId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		CrossFieldRule rule = rule(loaded.definition(), ruleId);
		return show(model, loaded, rule, RuleForm.of(rule), new InputErrors(), 1, 1, locale);
	}

	@PostMapping(BASE + "/neu")
	String create(@PathVariable UUID formId, @PathVariable UUID versionId, @Valid @ModelAttribute("input") RuleForm input,
			BindingResult binding, @RequestParam(name = "aktion", required = false) @Nullable String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		return save(formId, versionId, null, input, binding, action, model, locale, redirect);
	}

	@PostMapping(BASE + "/{ruleId}")
	String update(@PathVariable UUID formId, @PathVariable UUID versionId, @PathVariable String ruleId,
			@Valid @ModelAttribute("input") RuleForm input, BindingResult binding,
			@RequestParam(name = "aktion", required = false) @Nullable String action, Model model, Locale locale, RedirectAttributes redirect) {
		return save(formId, versionId, ruleId, input, binding, action, model, locale, redirect);
	}

	private String save(UUID formId, UUID versionId, @Nullable String ruleId, RuleForm input, BindingResult binding,
			@Nullable String action, Model model, Locale locale, RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.editable(formId, versionId);
		CrossFieldRule existing = ruleId == null ? null : rule(loaded.definition(), ruleId);
		RuleForm shown = input.filled();
		if ("when-zeile".equals(action) || "require-zeile".equals(action)) {
			return show(model, loaded, existing, shown, new InputErrors(), "when-zeile".equals(action) ? 2 : 1,
					"require-zeile".equals(action) ? 2 : 1, locale);
		}
		InputErrors errors = InputErrors.of(binding, messages, locale);
		Condition when = shown.whenForm().toCondition(existing == null ? null : existing.when(), "when", errors, messages, locale);
		Condition require = shown.requireForm().toCondition(existing == null ? null : existing.require(), "require", errors, messages, locale);
		if (when == null && !errors.has("when")) {
			errors.add("when", messages.getMessage("forms.builder.error.rule-when", null, locale));
		}
		if (require == null && !errors.has("require")) {
			errors.add("require", messages.getMessage("forms.builder.error.rule-require", null, locale));
		}
		if (!errors.any()) {
			List<String> fields = new ArrayList<>();
			fields.add(shown.field());
			if (existing != null) {
				existing.fields().stream().skip(1).filter(f -> !f.equals(shown.field())).forEach(fields::add);
			}
			CrossFieldRule rule = new CrossFieldRule(shown.id().strip(), when, require, Text.of(shown.messageDe().strip(),
					shown.messageEn() == null || shown.messageEn().isBlank() ? null : shown.messageEn().strip()), fields);
			try {
				pages.store(loaded, existing == null ? DefinitionEditor.addRule(loaded.definition(), rule)
						: DefinitionEditor.replaceRule(loaded.definition(), existing.id(), rule));
				redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.saved", null, locale));
				return "redirect:" + loaded.base() + "/bearbeiten#regeln";
			}
			catch (DefinitionEditor.Rejected rejected) {
				pages.reject(rejected, "rule:" + rule.id(), INPUTS, errors, locale);
			}
		}
		return show(model, loaded, existing, shown, errors, 1, 1, locale);
	}

	private String show(Model model, BuilderPages.Loaded loaded, @Nullable CrossFieldRule existing, RuleForm input, InputErrors errors,
			int whenBlank, int requireBlank, Locale locale) {
		FormDefinition definition = loaded.definition();
		pages.describe(model, loaded, locale);
		model.addAttribute("rule", existing);
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("whenEditor", conditions.forRule(definition, "when", "forms.builder.rule.when", "forms.builder.rule.when-row",
				input.whenForm().withBlankRows(whenBlank), locale));
		model.addAttribute("requireEditor", conditions.forRule(definition, "require", "forms.builder.rule.require",
				"forms.builder.rule.require-row", input.requireForm().withBlankRows(requireBlank), locale));
		model.addAttribute("fieldChoices", conditions.ruleFields(definition, locale));
		model.addAttribute("action", loaded.base() + "/bearbeiten/regeln/" + (existing == null ? "neu" : existing.id()));
		return "forms/builder/regel";
	}

	private static CrossFieldRule rule(FormDefinition definition, String ruleId) {
		return definition.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow(FormNotFound::new);
	}
}
