package de.amtsportal.forms.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.NewForm;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.forms.internal.WorkflowViolation;

/**
 * {@code /amt/formulare/neu}: a new form starts as version 1 with one empty page, which opens at once so the
 * editor can add the first questions.
 */
@Controller
class NewFormPage {

	static final String FIRST_PAGE = "seite-1";

	record NewFormInput(
			@NotBlank(message = "{forms.builder.error.slug}") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "{forms.builder.error.slug}") @Size(max = 80, message = "{forms.builder.error.too-long}") String slug,
			@NotBlank(message = "{forms.builder.error.title-required}") @Size(max = 300, message = "{forms.builder.error.too-long}") String titleDe,
			@Nullable @Size(max = 300, message = "{forms.builder.error.too-long}") String titleEn,
			@NotNull(message = "{forms.builder.error.unit}") UUID responsibleUnit,
			@NotNull(message = "{forms.builder.error.audience}") Audience audience) {
	}

	private final FormManagement management;
	private final MessageSource messages;

	NewFormPage(FormManagement management, MessageSource messages) {
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/neu")
	String form(Model model) {
		return show(model, new NewFormInput("", "", "", null, Audience.PUBLIC), new InputErrors());
	}

	@PostMapping("/amt/formulare/neu")
	String create(@Valid @ModelAttribute("input") NewFormInput input, BindingResult binding, Model model, Locale locale) {
		InputErrors errors = InputErrors.of(binding, messages, locale);
		if (errors.any()) {
			return show(model, input, errors);
		}
		Text title = Text.of(input.titleDe().strip(), input.titleEn() == null || input.titleEn().isBlank() ? null : input.titleEn().strip());
		FormDefinition definition = new FormDefinition(title, List.of(new FormPage(FIRST_PAGE,
				Text.of(messages.getMessage("forms.builder.first-page", null, Locale.GERMAN), messages.getMessage("forms.builder.first-page", null,
						Locale.ENGLISH)), List.of(), null)), List.of());
		FormVersion version;
		try {
			version = management.create(new NewForm(input.slug(), title.de(), title.en(), input.responsibleUnit(), input.audience(), definition));
		}
		catch (WorkflowViolation taken) {
			errors.add("slug", messages.getMessage(taken.messageKey(), null, locale));
			return show(model, input, errors);
		}
		return "redirect:" + BuilderPages.editor(version.formId(), version.id()) + "/seiten/" + FIRST_PAGE;
	}

	private String show(Model model, NewFormInput input, InputErrors errors) {
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("units", management.responsibleUnits());
		model.addAttribute("audiences", Audience.values());
		return "forms/builder/neu";
	}
}
