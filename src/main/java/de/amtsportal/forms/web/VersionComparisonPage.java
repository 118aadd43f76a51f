package de.amtsportal.forms.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.forms.definition.DefinitionDiff;
import de.amtsportal.forms.definition.DefinitionDiff.FieldChange;
import de.amtsportal.forms.definition.DefinitionDiff.Kind;
import de.amtsportal.forms.definition.DefinitionDiff.PageChange;
import de.amtsportal.forms.definition.DefinitionDiff.PropertyChange;
import de.amtsportal.forms.definition.DefinitionDiff.RuleChange;
import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormNotFound;
import de.amtsportal.forms.internal.FormVersion;

/**
 * {@code /amt/formulare/{form}/vergleich?von=1&zu=2}: two versions side by side — for each page the questions
 * added, removed and changed, and for each change the property with its old and new value, in words.
 */
@Controller
class VersionComparisonPage {

	/** A line of a comparison table: what (question or page), which property, before and after. */
	record Line(String what, int depth, Kind kind, String kindLabel, String property, List<String> before, List<String> after) {
	}

	/** The changes of one page; {@code unchanged} counts the questions that stayed as they were. */
	record PageSection(String title, Kind kind, String kindLabel, List<Line> lines, int unchanged) {
	}

	private final FormManagement management;
	private final DefinitionWords words;
	private final MessageSource messages;

	VersionComparisonPage(FormManagement management, DefinitionWords words, MessageSource messages) {
		this.management = management;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/{formId}/vergleich")
	String compare(@PathVariable UUID formId, @RequestParam(name = "von", required = false) @Nullable Integer from,
			@RequestParam(name = "zu", required = false) @Nullable Integer to, Model model, Locale locale) {
		var form = management.form(formId);
		List<FormVersion> versions = management.versions(formId);
		FormVersion after = to == null ? versions.get(0) : number(versions, to);
		FormVersion before = from == null ? versions.stream().filter(v -> v.number() < after.number()).findFirst().orElse(after)
				: number(versions, from);
		FormDefinition old = FormDefinitionJson.read(before.definition());
		FormDefinition now = FormDefinitionJson.read(after.definition());
		DefinitionDiff diff = DefinitionDiff.between(old, now);

		List<Line> formLines = new ArrayList<>();
		for (PropertyChange change : diff.form()) {
			formLines.add(line(messages.getMessage("forms.builder.diff.form", null, locale), 0, Kind.CHANGED, change, old, now, null, null, locale));
		}
		List<PageSection> sections = new ArrayList<>();
		for (PageChange page : diff.pages()) {
			if (!page.touched()) {
				continue;
			}
			List<Line> lines = new ArrayList<>();
			for (PropertyChange change : page.changes()) {
				lines.add(line(messages.getMessage("forms.builder.diff.page", null, locale), 0, Kind.CHANGED, change, old, now, null, null, locale));
			}
			int unchanged = 0;
			for (FieldChange field : page.fields()) {
				if (field.kind() == Kind.UNCHANGED) {
					unchanged++;
					continue;
				}
				String what = label(field, old, now, locale);
				if (field.kind() == Kind.ADDED || field.kind() == Kind.REMOVED) {
					List<String> summary = summary(field.field(), locale);
					lines.add(new Line(what, field.depth(), field.kind(), kind(field.kind(), locale),
							messages.getMessage("forms.builder.diff.question", null, locale),
							field.kind() == Kind.REMOVED ? summary : List.of("–"), field.kind() == Kind.ADDED ? summary : List.of("–")));
					continue;
				}
				for (PropertyChange change : field.changes()) {
					lines.add(line(what, field.depth(), Kind.CHANGED, change, old, now, container(old, field.path()), container(now, field.path()),
							locale));
				}
			}
			sections.add(new PageSection(page.page().title().in(locale), page.kind(), kind(page.kind(), locale), lines, unchanged));
		}
		List<Line> ruleLines = new ArrayList<>();
		for (RuleChange rule : diff.rules()) {
			if (rule.kind() == Kind.UNCHANGED) {
				continue;
			}
			if (rule.kind() != Kind.CHANGED) {
				var subject = rule.kind() == Kind.ADDED ? rule.after() : rule.before();
				List<String> summary = List.of(words.condition(subject.when(), rule.kind() == Kind.ADDED ? now : old, null, locale) + " → "
						+ words.condition(subject.require(), rule.kind() == Kind.ADDED ? now : old, null, locale), subject.message().in(locale));
				ruleLines.add(new Line(rule.ruleId(), 0, rule.kind(), kind(rule.kind(), locale), messages.getMessage("forms.builder.diff.rule", null,
						locale), rule.kind() == Kind.REMOVED ? summary : List.of("–"), rule.kind() == Kind.ADDED ? summary : List.of("–")));
				continue;
			}
			for (PropertyChange change : rule.changes()) {
				ruleLines.add(line(rule.ruleId(), 0, Kind.CHANGED, change, old, now, null, null, locale));
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("formTitle", now.title().in(locale));
		model.addAttribute("versions", versions);
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("same", diff.isEmpty());
		model.addAttribute("formLines", formLines);
		model.addAttribute("sections", sections);
		model.addAttribute("ruleLines", ruleLines);
		return "forms/builder/vergleich";
	}

	private Line line(String what, int depth, Kind kind, PropertyChange change, FormDefinition old, FormDefinition now,
			@Nullable Field oldContainer, @Nullable Field newContainer, Locale locale) {
		return new Line(what, depth, kind, kind(kind, locale), messages.getMessage("forms.builder.diff.property." + change.property().name(),
				null, locale), words.value(change.before(), old, oldContainer, locale), words.value(change.after(), now, newContainer, locale));
	}

	/** "Person › Vorname": the question with the groups around it, as the newer version names them. */
	private static String label(FieldChange field, FormDefinition old, FormDefinition now, Locale locale) {
		FormDefinition source = field.after() != null ? now : old;
		String[] parts = field.path().split("\\.");
		List<String> labels = new ArrayList<>();
		for (int i = 1; i <= parts.length; i++) {
			String prefix = String.join(".", Arrays.copyOf(parts, i));
			labels.add(DefinitionEditor.locate(source, prefix).map(l -> l.field().label().in(locale)).orElse(parts[i - 1]));
		}
		return String.join(" › ", labels);
	}

	private static @Nullable Field container(FormDefinition definition, String path) {
		return DefinitionEditor.locate(definition, path).map(DefinitionEditor.Located::parent).orElse(null);
	}

	private List<String> summary(Field field, Locale locale) {
		return List.of(messages.getMessage("forms.builder.diff.summary", new Object[] { words.type(field.type(), locale),
				messages.getMessage(field.required() ? "forms.answer.yes" : "forms.answer.no", null, locale) }, locale));
	}

	private String kind(Kind kind, Locale locale) {
		return messages.getMessage("forms.builder.diff.kind." + kind.name(), null, locale);
	}

	private static FormVersion number(List<FormVersion> versions, int number) {
		return versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow(FormNotFound::new);
	}
}
