package de.amtsportal.intranet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.BindingResult;

import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.internal.Audience;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.ProcessStep;
import de.amtsportal.intranet.internal.ProcessVersion;

/**
 * What the publisher's process form binds: title, introduction, audience, the steps as rows
 * ({@code steps[0].title}, …) and a note of what changed. Rows left entirely empty are dropped, so the form
 * can always offer one more row without JavaScript.
 */
record ProcessInput(String title, String summary, String note, Boolean allInstitutions, List<String> institutions,
		List<String> groups, List<StepInput> steps) {

	static final int MAX_SUMMARY = 5000;
	static final int MAX_STEPS = 30;
	static final int MAX_NOTE = 500;

	ProcessInput {
		title = strip(title);
		summary = strip(summary);
		note = strip(note);
		allInstitutions = Boolean.TRUE.equals(allInstitutions);
		institutions = institutions == null ? List.of() : List.copyOf(institutions);
		groups = groups == null ? List.of() : List.copyOf(groups);
		steps = steps == null ? List.of() : steps.stream().map(s -> s == null ? StepInput.blank() : s).toList();
	}

	/** One step as the form binds it. */
	record StepInput(String title, String description, String responsible, String deadline, String legalBasis,
			List<String> forms, List<String> documents) {

		static final int MAX_TITLE = 200;
		static final int MAX_DESCRIPTION = 5000;
		static final int MAX_DEADLINE = 200;
		static final int MAX_LEGAL_BASIS = 300;

		StepInput {
			title = strip(title);
			description = strip(description);
			responsible = strip(responsible);
			deadline = strip(deadline);
			legalBasis = strip(legalBasis);
			forms = forms == null ? List.of() : List.copyOf(forms);
			documents = documents == null ? List.of() : List.copyOf(documents);
		}

		static StepInput blank() {
			return new StepInput("", "", "", "", "", List.of(), List.of());
		}

		static StepInput of(ProcessStep step) {
			return new StepInput(step.title(), step.description(), step.responsibleGroup(), step.deadline(), step.legalBasis(),
					step.formSlugs(), step.documentIds());
		}

		boolean isBlank() {
			return title.isEmpty() && description.isEmpty() && responsible.isEmpty() && deadline.isEmpty()
					&& legalBasis.isEmpty() && forms.isEmpty() && documents.isEmpty();
		}
	}

	static ProcessInput empty() {
		return new ProcessInput("", "", "", false, List.of(), List.of(), List.of());
	}

	static ProcessInput of(Item item, ProcessVersion current) {
		Audience audience = item.audience();
		return new ProcessInput(current.title(), current.summary(), "", audience.allInstitutions(),
				audience.institutions().stream().map(UUID::toString).toList(), List.copyOf(audience.targetGroups()),
				current.steps().stream().map(StepInput::of).toList());
	}

	/** The rows the form shows: the filled ones and one empty row for the next step. */
	public List<StepInput> rows() {
		List<StepInput> rows = new ArrayList<>(steps.stream().filter(s -> !s.isBlank()).toList());
		if (rows.size() < MAX_STEPS) {
			rows.add(StepInput.blank());
		}
		return rows;
	}

	/** A valid form: the version's description and the process's audience. */
	record Valid(ProcessVersion.Description description, Audience audience) {
	}

	/** The version's description and audience, or empty with each problem recorded (a step's names its number). */
	Optional<Valid> validate(BindingResult errors, Directory directory, Set<String> formSlugs,
			Set<String> documentIds) {
		if (title.isEmpty() || title.length() > ItemInput.MAX_TITLE) {
			errors.rejectValue("title", "intranet.item.error.title", new Object[] { ItemInput.MAX_TITLE }, null);
		}
		if (summary.length() > MAX_SUMMARY) {
			errors.rejectValue("summary", "intranet.process.error.summary", new Object[] { MAX_SUMMARY }, null);
		}
		if (note.length() > MAX_NOTE) {
			errors.rejectValue("note", "intranet.library.error.note");
		}
		List<StepInput> filled = steps.stream().filter(s -> !s.isBlank()).toList();
		if (filled.isEmpty()) {
			errors.rejectValue("steps", "intranet.process.error.no-steps");
		}
		if (filled.size() > MAX_STEPS) {
			errors.rejectValue("steps", "intranet.process.error.too-many-steps", new Object[] { MAX_STEPS }, null);
		}
		List<ProcessStep> described = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			step(filled.get(i), i + 1, errors, directory, formSlugs, documentIds).ifPresent(described::add);
		}
		Audience audience = ItemInput.audience(allInstitutions, institutions, groups, errors, directory);
		if (errors.hasErrors() || audience == null) {
			return Optional.empty();
		}
		return Optional.of(new Valid(new ProcessVersion.Description(title, summary, described), audience));
	}

	private static Optional<ProcessStep> step(StepInput step, int number, BindingResult errors, Directory directory,
			Set<String> formSlugs, Set<String> documentIds) {
		Object[] n = { number };
		int before = errors.getErrorCount();
		if (step.title().isEmpty() || step.title().length() > StepInput.MAX_TITLE) {
			errors.rejectValue("steps", "intranet.process.error.step-title", new Object[] { number, StepInput.MAX_TITLE }, null);
		}
		if (!directory.targetGroups().contains(step.responsible())) {
			errors.rejectValue("steps", "intranet.process.error.step-responsible", n, null);
		}
		if (step.description().length() > StepInput.MAX_DESCRIPTION || step.deadline().length() > StepInput.MAX_DEADLINE
				|| step.legalBasis().length() > StepInput.MAX_LEGAL_BASIS) {
			errors.rejectValue("steps", "intranet.process.error.step-too-long", n, null);
		}
		if (!formSlugs.containsAll(step.forms()) || !documentIds.containsAll(step.documents())) {
			errors.rejectValue("steps", "intranet.process.error.step-links", n, null);
		}
		if (errors.getErrorCount() > before) {
			return Optional.empty();
		}
		return Optional.of(ProcessStep.of(number, step.title(), step.description(), step.responsible(), step.deadline(),
				step.legalBasis(), step.forms(), step.documents()));
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}
}
