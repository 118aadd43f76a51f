package de.amtsportal.forms.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.DefinitionCheck;
import de.amtsportal.forms.definition.DefinitionCheck.Problem;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.definition.FormDefinitionJson.InvalidDefinition;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.NewForm;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.forms.internal.WorkflowViolation;

/**
 * {@code /amt/formulare/import}: a new form from a definition file (the builder's own JSON export, or one written
 * by hand). The file is read strictly and checked like every edit; any problem is listed with where it is, and
 * nothing is stored unless the whole file is right.
 */
@Controller
class FormImportPage {

	static final long MAX_BYTES = 1024 * 1024;

	record ImportInput(
			@NotBlank(message = "{forms.builder.error.slug}") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "{forms.builder.error.slug}") @Size(max = 80, message = "{forms.builder.error.too-long}") String slug,
			@NotNull(message = "{forms.builder.error.unit}") UUID responsibleUnit,
			@NotNull(message = "{forms.builder.error.audience}") Audience audience) {
	}

	private final FormManagement management;
	private final DefinitionWords words;
	private final MessageSource messages;

	FormImportPage(FormManagement management, DefinitionWords words, MessageSource messages) {
		this.management = management;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/import")
	String form(Model model) {
		return show(model, new ImportInput("", null, Audience.PUBLIC), new InputErrors());
	}

	@PostMapping("/amt/formulare/import")
	String upload(@Valid @ModelAttribute("input") ImportInput input, BindingResult binding,
			@RequestParam(name = "datei", required = false) @Nullable MultipartFile file, Model model, Locale locale) {
		InputErrors errors = InputErrors.of(binding, messages, locale);
		FormDefinition definition = read(file, errors, locale);
		if (errors.any() || definition == null) {
			return show(model, input, errors);
		}
		FormVersion version;
		try {
			version = management.create(new NewForm(input.slug(), definition.title().de(), definition.title().en(), input.responsibleUnit(),
					input.audience(), definition));
		}
		catch (WorkflowViolation taken) {
			errors.add("slug", messages.getMessage(taken.messageKey(), null, locale));
			return show(model, input, errors);
		}
		return "redirect:" + BuilderPages.base(version.formId(), version.id());
	}

	private @Nullable FormDefinition read(@Nullable MultipartFile file, InputErrors errors, Locale locale) {
		if (file == null || file.isEmpty()) {
			errors.add("datei", messages.getMessage("forms.builder.import.error.no-file", null, locale));
			return null;
		}
		if (file.getSize() > MAX_BYTES) {
			errors.add("datei", messages.getMessage("forms.builder.import.error.too-large", new Object[] { MAX_BYTES / 1024 }, locale));
			return null;
		}
		FormDefinition definition;
		try {
			definition = FormDefinitionJson.read(new String(file.getBytes(), StandardCharsets.UTF_8));
		}
		catch (InvalidDefinition invalid) {
			errors.add("datei", messages.getMessage("forms.builder.import.error.invalid",
					new Object[] { invalid.location(), invalid.getMessage().substring(invalid.location().length() + 2) }, locale));
			return null;
		}
		catch (IOException unreadable) {
			errors.add("datei", messages.getMessage("forms.builder.import.error.no-file", null, locale));
			return null;
		}
		List<Problem> problems = DefinitionCheck.problems(definition);
		if (!problems.isEmpty()) {
			// every problem, so the file can be fixed in one go
			for (Problem problem : problems) {
				errors.add("datei", messages.getMessage("forms.builder.import.error.problem",
						new Object[] { words.location(problem, locale), words.problem(problem, locale) }, locale));
			}
			return null;
		}
		return definition;
	}

	private String show(Model model, ImportInput input, InputErrors errors) {
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("units", management.responsibleUnits());
		model.addAttribute("audiences", Audience.values());
		return "forms/builder/import";
	}
}
