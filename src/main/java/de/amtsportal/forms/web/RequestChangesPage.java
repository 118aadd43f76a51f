package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
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

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.CommentInput;

/**
 * {@code …/aenderungen}: the reviewer sends a version back with a general comment and, optionally, comments on
 * single pages or questions, which the editor then finds at that page or question.
 */
@Controller
class RequestChangesPage {

	static final int MAX_LENGTH = 5000;

	record ChangeRequest(@Nullable @Size(max = MAX_LENGTH, message = "{forms.builder.error.too-long}") String general,
			@Nullable @Valid List<Remark> remarks) {

		List<Remark> filled() {
			return remarks == null ? List.of() : remarks.stream().filter(r -> r != null && r.text() != null && !r.text().isBlank()).toList();
		}
	}

	record Remark(@Nullable String target, @Nullable @Size(max = MAX_LENGTH, message = "{forms.builder.error.too-long}") String text) {
	}

	/** What a remark can be about: a page or a question, with its page in the label. */
	record Target(String value, String label) {
	}

	private final BuilderPages pages;
	private final FormManagement management;
	private final MessageSource messages;

	RequestChangesPage(BuilderPages pages, FormManagement management, MessageSource messages) {
		this.pages = pages;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/{formId}/versionen/{versionId}/aenderungen")
	String form(@PathVariable UUID formId, @PathVariable UUID versionId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.load(formId, versionId);
		if (!management.steps(versionId).review()) {
			return "redirect:" + loaded.base();
		}
		return show(model, loaded, new ChangeRequest("", List.of()), new InputErrors(), 2, locale);
	}

	@PostMapping("/amt/formulare/{formId}/versionen/{versionId}/aenderungen")
	String send(@PathVariable UUID formId, @PathVariable UUID versionId, @Valid @ModelAttribute("input") ChangeRequest input,
			BindingResult binding, @RequestParam(name = "aktion", required = false) @Nullable String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		BuilderPages.Loaded loaded = pages.load(formId, versionId);
		ChangeRequest shown = new ChangeRequest(input.general(), input.filled());
		if ("weitere".equals(action)) {
			return show(model, loaded, shown, new InputErrors(), 2, locale);
		}
		InputErrors errors = InputErrors.of(binding, messages, locale);
		List<Target> targets = targets(loaded.definition(), locale);
		List<CommentInput> comments = new ArrayList<>();
		if (input.general() != null && !input.general().isBlank()) {
			comments.add(new CommentInput(null, input.general()));
		}
		for (int i = 0; i < shown.filled().size(); i++) {
			Remark remark = shown.filled().get(i);
			if (targets.stream().noneMatch(t -> t.value().equals(remark.target()))) {
				errors.add("remarks[" + i + "].target", messages.getMessage("forms.builder.error.remark-target", null, locale));
			}
			comments.add(new CommentInput(remark.target(), remark.text()));
		}
		if (comments.isEmpty()) {
			errors.add("general", messages.getMessage("forms.error.comment-required", null, locale));
		}
		if (errors.any()) {
			return show(model, loaded, shown, errors, 1, locale);
		}
		management.requestChanges(versionId, comments);
		redirect.addFlashAttribute("notice", messages.getMessage("forms.builder.done.changes-requested", null, locale));
		return "redirect:" + loaded.base();
	}

	private String show(Model model, BuilderPages.Loaded loaded, ChangeRequest input, InputErrors errors, int blank, Locale locale) {
		pages.describe(model, loaded, locale);
		List<Remark> rows = new ArrayList<>(input.filled());
		for (int i = 0; i < blank; i++) {
			rows.add(new Remark("", ""));
		}
		model.addAttribute("input", input);
		model.addAttribute("remarks", rows);
		model.addAttribute("targets", targets(loaded.definition(), locale));
		model.addAttribute("errors", errors);
		return "forms/builder/aenderungen";
	}

	private List<Target> targets(FormDefinition definition, Locale locale) {
		List<Target> targets = new ArrayList<>();
		for (FormPage page : definition.pages()) {
			targets.add(new Target(page.id(), messages.getMessage("forms.builder.comments.page", new Object[] { page.title().in(locale) }, locale)));
			page.fields().forEach(field -> add(field, field.id(), page.title().in(locale) + " › ", targets, locale));
		}
		return targets;
	}

	private void add(Field field, String path, String prefix, List<Target> targets, Locale locale) {
		targets.add(new Target(path, prefix + field.label().in(locale)));
		field.fields().forEach(child -> add(child, path + "." + child.id(), prefix + field.label().in(locale) + " › ", targets, locale));
	}
}
