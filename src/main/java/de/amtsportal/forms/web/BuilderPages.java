package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.DefinitionCheck.Problem;
import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.internal.Form;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormNotFound;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.forms.internal.ReviewComment;
import de.amtsportal.forms.rendering.AnswerBinding;
import de.amtsportal.forms.rendering.FormPageView;
import de.amtsportal.forms.rendering.FormRenderer;

/**
 * What the builder's pages share: loading a version of a form (it must belong to the form in the address),
 * storing an edited definition, and the addresses of the pages.
 */
@Component
class BuilderPages {

	/** A version with its form and its definition, as the pages show it. */
	record Loaded(Form form, FormVersion version, FormDefinition definition) {

		String base() {
			return BuilderPages.base(form.id(), version.id());
		}
	}

	private final FormManagement management;
	private final DefinitionWords words;
	private final FormRenderer renderer;

	BuilderPages(FormManagement management, DefinitionWords words, FormRenderer renderer) {
		this.management = management;
		this.words = words;
		this.renderer = renderer;
	}

	static String base(UUID formId, UUID versionId) {
		return "/amt/formulare/" + formId + "/versionen/" + versionId;
	}

	static String editor(UUID formId, UUID versionId) {
		return base(formId, versionId) + "/bearbeiten";
	}

	/** Any version, for reading (editors and reviewers). */
	Loaded load(UUID formId, UUID versionId) {
		return loaded(formId, management.version(versionId));
	}

	/** A version that may be edited now, for the editing pages (editors only; a frozen version is refused). */
	Loaded editable(UUID formId, UUID versionId) {
		return loaded(formId, management.editable(versionId));
	}

	private Loaded loaded(UUID formId, FormVersion version) {
		if (!version.formId().equals(formId)) {
			throw new FormNotFound();
		}
		return new Loaded(management.form(formId), version, FormDefinitionJson.read(version.definition()));
	}

	void store(Loaded loaded, FormDefinition definition) {
		management.edit(loaded.version().id(), definition);
	}

	/** What every editing page shows: the form, the version, where the editor starts. */
	void describe(Model model, Loaded loaded, Locale locale) {
		model.addAttribute("form", loaded.form());
		model.addAttribute("version", loaded.version());
		model.addAttribute("definition", loaded.definition());
		model.addAttribute("formTitle", loaded.definition().title().in(locale));
		model.addAttribute("base", loaded.base());
		model.addAttribute("editor", editor(loaded.form().id(), loaded.version().id()));
	}

	/**
	 * Puts a rejected edit into the errors: at the input that caused it when the problem is about the edited
	 * thing and the page has an input for the property ({@code inputs}: property → input id), otherwise at the
	 * top of the summary.
	 */
	void reject(DefinitionEditor.Rejected rejected, String location, Map<String, String> inputs, InputErrors errors, Locale locale) {
		Problem problem = rejected.problem();
		String message = words.problem(problem, locale);
		if (problem.location().equals(location) && inputs.containsKey(problem.property())) {
			errors.add(inputs.get(problem.property()), message);
		}
		else {
			errors.add("fehler", message);
		}
	}

	/**
	 * The page as applicants see it before they answered anything, drawn by the same renderer. Questions that
	 * depend on an answer on an earlier page are not drawn then; they are named below the preview instead.
	 */
	void preview(Model model, FormDefinition definition, String pageId, Locale locale) {
		FormPageView page = renderer.render(definition, pageId, Answers.NONE, List.of(), locale);
		model.addAttribute("preview", page);
		List<String> drawn = new ArrayList<>();
		page.fields().forEach(f -> drawn.add(f.name()));
		List<String> hidden = new ArrayList<>();
		definition.page(pageId).ifPresent(p -> p.fields().stream()
			.filter(f -> !drawn.contains(AnswerBinding.PREFIX + f.id()))
			.forEach(f -> hidden.add("„" + f.label().in(locale) + "“ – " + words.shownIf(f.visibleIf(), definition, null, locale))));
		model.addAttribute("hiddenInPreview", hidden);
	}

	/** Comments of the review on this version, for the page or field they are about. */
	List<ReviewComment> comments(Loaded loaded, Predicate<String> target) {
		return management.comments(loaded.version().id()).stream().filter(c -> c.target() != null && target.test(c.target())).toList();
	}

	DefinitionWords words() {
		return words;
	}
}
