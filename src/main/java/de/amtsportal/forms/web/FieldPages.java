package de.amtsportal.forms.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.DefinitionEditor.Located;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.internal.FormNotFound;

/**
 * The page of one question, shared by "new question" and "edit question": which settings its type has, the
 * condition rows, the questions inside a group, and the preview of its page.
 */
@Component
class FieldPages {

	/** Where each property of a rejected edit is entered on the page. */
	static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("id", "id"), Map.entry("label", "labelDe"),
			Map.entry("minLength", "minLength"), Map.entry("maxLength", "maxLength"), Map.entry("pattern", "pattern"),
			Map.entry("patternMessage", "patternMessageDe"), Map.entry("min", "min"), Map.entry("max", "max"),
			Map.entry("notBeforeDays", "notBeforeDays"), Map.entry("notAfterDays", "notAfterDays"), Map.entry("options", "options"),
			Map.entry("mediaTypes", "mediaTypes"), Map.entry("maxMegabytes", "maxMegabytes"), Map.entry("maxCount", "maxCount"),
			Map.entry("minItems", "minItems"), Map.entry("maxItems", "maxItems"), Map.entry("visibleIf", "condition"));

	/** What the page shows for a type. */
	record Kind(FieldType type, String label, boolean asks, boolean length, boolean pattern, boolean range, boolean dates,
			boolean options, boolean upload, boolean items, boolean container) {

		static Kind of(FieldType type, String label) {
			return new Kind(type, label, type != FieldType.INFO && type != FieldType.GROUP,
					type == FieldType.TEXT || type == FieldType.LONG_TEXT, type == FieldType.TEXT || type == FieldType.LONG_TEXT,
					type == FieldType.NUMBER, type == FieldType.DATE, type.hasOptions(), type == FieldType.FILE || type == FieldType.PHOTO,
					type == FieldType.REPEAT, type.holdsChildren());
		}
	}

	/** A media type to tick for uploads. */
	record MediaType(String value, String label, boolean checked) {
	}

	private final BuilderPages pages;
	private final ConditionEditors conditions;
	private final MessageSource messages;

	FieldPages(BuilderPages pages, ConditionEditors conditions, MessageSource messages) {
		this.pages = pages;
		this.conditions = conditions;
		this.messages = messages;
	}

	/**
	 * Fills the model for a question's page. {@code located} is the question being edited, null for a new one
	 * (then {@code page} and {@code container} say where it goes).
	 */
	String show(Model model, BuilderPages.Loaded loaded, FormPage page, @Nullable Field container, @Nullable String containerPath,
			@Nullable Located located, FieldType type, FieldForm input, InputErrors errors, String action, Locale locale) {
		FormDefinition definition = loaded.definition();
		pages.describe(model, loaded, locale);
		pages.preview(model, definition, page.id(), locale);
		model.addAttribute("page", page);
		model.addAttribute("pageTitle", page.title().in(locale));
		model.addAttribute("container", container);
		model.addAttribute("containerPath", containerPath);
		model.addAttribute("containerLabel", container == null ? null : container.label().in(locale));
		model.addAttribute("kind", Kind.of(type, pages.words().type(type, locale)));
		model.addAttribute("input", input.withBlankOptions(type.hasOptions() ? (input.filledOptions().isEmpty() ? 3 : 1) : 0)
			.withBlankConditionRows(1));
		model.addAttribute("errors", errors);
		model.addAttribute("action", action);
		model.addAttribute("mediaTypes", mediaTypes(input.mediaTypes()));
		String self = located == null ? null : located.path();
		model.addAttribute("conditionEditor", conditions.forField(definition, page.id(), container, self,
				input.withBlankConditionRows(1).conditionForm(), located == null ? null : located.field().visibleIf(), locale));
		model.addAttribute("located", located);
		if (located != null) {
			Field field = located.field();
			List<Field> siblings = located.parent() == null ? page.fields() : located.parent().fields();
			model.addAttribute("fieldLabel", field.label().in(locale));
			model.addAttribute("firstField", siblings.indexOf(field) == 0);
			model.addAttribute("lastField", siblings.indexOf(field) == siblings.size() - 1);
			model.addAttribute("children", PageEditorPage.rows(field.fields(), located.path() + ".", definition, field, locale, pages.words()));
			model.addAttribute("childTypes", PageEditorPage.types(Arrays.stream(FieldType.values()).filter(t -> t != FieldType.REPEAT)
				.toArray(FieldType[]::new), locale, messages));
			model.addAttribute("remarks", pages.comments(loaded, located.path()::equals));
		}
		else {
			model.addAttribute("remarks", List.of());
		}
		model.addAttribute("firstTypes", PageEditorPage.types(FieldForm.SIMPLE_TYPES.toArray(FieldType[]::new), locale, messages));
		return "forms/builder/feld";
	}

	private static List<MediaType> mediaTypes(@Nullable List<String> chosen) {
		List<String> ticked = chosen == null ? List.of() : chosen;
		LinkedHashSet<String> all = new LinkedHashSet<>(FieldForm.MEDIA_TYPES);
		all.addAll(ticked);
		return all.stream().map(type -> new MediaType(type, label(type), ticked.contains(type))).toList();
	}

	private static String label(String mediaType) {
		return switch (mediaType) {
			case "application/pdf" -> "PDF";
			case "image/jpeg" -> "JPEG";
			case "image/png" -> "PNG";
			case "image/tiff" -> "TIFF";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "Word (DOCX)";
			case "application/vnd.oasis.opendocument.text" -> "OpenDocument (ODT)";
			default -> mediaType;
		};
	}

	/** The question a path names, or 404. */
	static Located locate(FormDefinition definition, String path) {
		return DefinitionEditor.locate(definition, path).orElseThrow(FormNotFound::new);
	}
}
