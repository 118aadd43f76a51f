package de.amtsportal.forms.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import de.amtsportal.forms.definition.Condition;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Validation;
import de.amtsportal.forms.definition.Values;

/**
 * A question as the builder edits it: the texts, "required", the settings of its type and its condition. Numbers
 * are taken as typed ("12,5" too) and turned into the definition's values by {@link #toField}, which reports
 * each input that cannot be read. For a new group or repetition, {@code first*} is the first question inside it,
 * as a group is never empty.
 */
record FieldForm(
		@NotBlank(message = "{forms.builder.error.id-required}") @Pattern(regexp = "[a-z][a-z0-9_]{0,59}",
				message = "{forms.builder.error.field-id-format}") String id,
		@NotBlank(message = "{forms.builder.error.label-required}") @Size(max = 500, message = "{forms.builder.error.too-long}") String labelDe,
		@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String labelEn,
		@Nullable @Size(max = 2000, message = "{forms.builder.error.too-long}") String hintDe,
		@Nullable @Size(max = 2000, message = "{forms.builder.error.too-long}") String hintEn,
		@Nullable Boolean required,
		@Nullable @Size(max = 10) String minLength, @Nullable @Size(max = 10) String maxLength,
		@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String pattern,
		@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String patternMessageDe,
		@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String patternMessageEn,
		@Nullable @Size(max = 30) String min, @Nullable @Size(max = 30) String max,
		@Nullable @Size(max = 10) String notBeforeDays, @Nullable @Size(max = 10) String notAfterDays,
		@Nullable @Valid List<OptionRow> options,
		@Nullable List<String> mediaTypes, @Nullable @Size(max = 10) String maxMegabytes, @Nullable @Size(max = 10) String maxCount,
		@Nullable @Size(max = 10) String minItems, @Nullable @Size(max = 10) String maxItems,
		@Nullable @Valid ConditionForm condition,
		@Nullable @Size(max = 60) String firstId, @Nullable @Size(max = 500) String firstLabelDe, @Nullable String firstType) {

	/** Media types the builder offers for uploads; others from an imported file stay as they are. */
	static final List<String> MEDIA_TYPES = List.of("application/pdf", "image/jpeg", "image/png", "image/tiff",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text");

	/** Types a group's first question can have (a repetition cannot be inside a group). */
	static final List<FieldType> SIMPLE_TYPES = List.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.NUMBER, FieldType.DATE,
			FieldType.EMAIL, FieldType.PHONE, FieldType.YES_NO, FieldType.POSTAL_ADDRESS);

	/** One option of a choice question. A blank value is made from the label ("Zone A" → "zone-a"). */
	record OptionRow(@Nullable @Size(max = 100, message = "{forms.builder.error.too-long}") String value,
			@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String labelDe,
			@Nullable @Size(max = 500, message = "{forms.builder.error.too-long}") String labelEn) {

		boolean blank() {
			return isBlank(value) && isBlank(labelDe) && isBlank(labelEn);
		}
	}

	/** A new question of a type: empty, with one option row for choices. */
	static FieldForm blank(FieldType type) {
		return new FieldForm("", "", "", "", "", false, "", "", "", "", "", "", "", "", "", List.of(), type == FieldType.FILE
				|| type == FieldType.PHOTO ? List.of("application/pdf", "image/jpeg", "image/png") : List.of(), "10", "1", "", "",
				ConditionForm.empty(), "", "", FieldType.TEXT.name());
	}

	static FieldForm of(Field field) {
		Validation rules = field.rules();
		Upload upload = field.upload();
		return new FieldForm(field.id(), field.label().de(), text(field.label().en()), field.hint() == null ? "" : field.hint().de(),
				field.hint() == null ? "" : text(field.hint().en()), field.required(), number(rules.minLength()), number(rules.maxLength()),
				text(rules.pattern()), rules.patternMessage() == null ? "" : rules.patternMessage().de(),
				rules.patternMessage() == null ? "" : text(rules.patternMessage().en()),
				rules.min() == null ? "" : rules.min().toPlainString(), rules.max() == null ? "" : rules.max().toPlainString(),
				number(rules.notBeforeDaysFromToday()), number(rules.notAfterDaysFromToday()),
				field.choices().stream().map(o -> new OptionRow(o.value(), o.label().de(), text(o.label().en()))).toList(),
				upload == null ? List.of() : upload.mediaTypes(),
				upload == null ? "10" : String.valueOf(Math.max(1, upload.maxBytes() / 1024 / 1024)),
				upload == null ? "1" : String.valueOf(upload.maxCount()), number(field.minItems()), number(field.maxItems()),
				ConditionForm.of(field.visibleIf()), "", "", FieldType.TEXT.name());
	}

	/** The option rows that say something, and {@code blank} empty ones to fill in without JavaScript. */
	FieldForm withBlankOptions(int blank) {
		List<OptionRow> shown = new ArrayList<>(filledOptions());
		for (int i = 0; i < blank; i++) {
			shown.add(new OptionRow("", "", ""));
		}
		return withOptions(shown);
	}

	FieldForm withBlankConditionRows(int blank) {
		return new FieldForm(id, labelDe, labelEn, hintDe, hintEn, required, minLength, maxLength, pattern, patternMessageDe,
				patternMessageEn, min, max, notBeforeDays, notAfterDays, options, mediaTypes, maxMegabytes, maxCount, minItems, maxItems,
				conditionForm().withBlankRows(blank), firstId, firstLabelDe, firstType);
	}

	/** The same input with the rows that the page shows, so errors and inputs agree on the row numbers. */
	FieldForm normalised() {
		return new FieldForm(id, labelDe, labelEn, hintDe, hintEn, required, minLength, maxLength, pattern, patternMessageDe,
				patternMessageEn, min, max, notBeforeDays, notAfterDays, filledOptions(), mediaTypes, maxMegabytes, maxCount, minItems,
				maxItems, conditionForm().filled(), firstId, firstLabelDe, firstType);
	}

	private FieldForm withOptions(List<OptionRow> rows) {
		return new FieldForm(id, labelDe, labelEn, hintDe, hintEn, required, minLength, maxLength, pattern, patternMessageDe,
				patternMessageEn, min, max, notBeforeDays, notAfterDays, rows, mediaTypes, maxMegabytes, maxCount, minItems, maxItems,
				condition, firstId, firstLabelDe, firstType);
	}

	List<OptionRow> filledOptions() {
		return options == null ? List.of() : options.stream().filter(o -> o != null && !o.blank()).toList();
	}

	ConditionForm conditionForm() {
		return condition == null ? ConditionForm.empty() : condition;
	}

	/**
	 * The question this input describes, for a field of {@code type}. {@code existing} is the field being edited:
	 * its children and settings the builder does not show (absolute date bounds) are kept. Returns null when an
	 * input cannot be read; the reasons are in {@code errors}.
	 */
	@Nullable
	Field toField(FieldType type, @Nullable Field existing, InputErrors errors, MessageSource texts, Locale locale) {
		int before = errors.entries().size();
		Reader read = new Reader(errors, texts, locale);
		Text label = Text.of(labelDe.strip(), blankToNull(labelEn));
		Text hint = isBlank(hintDe) ? null : Text.of(hintDe.strip(), blankToNull(hintEn));
		Validation old = existing == null ? Validation.NONE : existing.rules();
		Validation validation = switch (type) {
			case TEXT, LONG_TEXT -> new Validation(read.integer("minLength", minLength), read.integer("maxLength", maxLength),
					blankToNull(pattern), isBlank(patternMessageDe) ? null : Text.of(patternMessageDe.strip(), blankToNull(patternMessageEn)),
					null, null, null, null, null, null);
			case NUMBER -> new Validation(null, null, null, null, read.decimal("min", min), read.decimal("max", max), null, null, null, null);
			case DATE -> new Validation(null, null, null, null, null, null, old.notBefore(), old.notAfter(),
					read.integer("notBeforeDays", notBeforeDays), read.integer("notAfterDays", notAfterDays));
			default -> null;
		};
		if (validation != null && validation.equals(Validation.NONE)) {
			validation = null;
		}
		List<Option> choices = null;
		if (type.hasOptions()) {
			choices = new ArrayList<>();
			List<OptionRow> rows = filledOptions();
			for (int i = 0; i < rows.size(); i++) {
				OptionRow row = rows.get(i);
				if (isBlank(row.labelDe())) {
					errors.add("options[" + i + "].labelDe", texts.getMessage("forms.builder.error.option-label", null, locale));
					continue;
				}
				String value = isBlank(row.value()) ? slug(row.labelDe()) : row.value().strip();
				choices.add(new Option(value, Text.of(row.labelDe().strip(), blankToNull(row.labelEn()))));
			}
			if (rows.isEmpty()) {
				errors.add("options[0].labelDe", texts.getMessage("forms.builder.error.options-missing", null, locale));
			}
		}
		Upload upload = null;
		if (type == FieldType.FILE || type == FieldType.PHOTO) {
			Integer megabytes = read.integer("maxMegabytes", maxMegabytes);
			Integer count = read.integer("maxCount", maxCount);
			if (megabytes != null && megabytes < 1) {
				errors.add("maxMegabytes", texts.getMessage("forms.builder.error.at-least-one", null, locale));
			}
			if (count != null && count < 1) {
				errors.add("maxCount", texts.getMessage("forms.builder.error.at-least-one", null, locale));
			}
			if (errors.entries().size() == before) {
				upload = new Upload(mediaTypes == null ? List.of() : mediaTypes, (megabytes == null ? 10L : megabytes) * 1024 * 1024,
						count == null ? 1 : count);
			}
		}
		Integer fewest = type == FieldType.REPEAT ? read.integer("minItems", minItems) : null;
		Integer most = type == FieldType.REPEAT ? read.integer("maxItems", maxItems) : null;
		Condition visibleIf = conditionForm().toCondition(existing == null ? null : existing.visibleIf(), "condition", errors, texts, locale);
		List<Field> children = existing != null ? existing.children() : null;
		if (existing == null && type.holdsChildren()) {
			children = first(errors, texts, locale);
		}
		if (errors.entries().size() > before) {
			return null;
		}
		boolean asks = type != FieldType.INFO && type != FieldType.GROUP;
		return new Field(id, type, label, hint, asks && Boolean.TRUE.equals(required), validation, choices, upload, children, fewest, most, visibleIf);
	}

	/** The first question of a new group or repetition. */
	private @Nullable List<Field> first(InputErrors errors, MessageSource texts, Locale locale) {
		if (isBlank(firstId) || !firstId.strip().matches("[a-z][a-z0-9_]{0,59}")) {
			errors.add("firstId", texts.getMessage("forms.builder.error.field-id-format", null, locale));
		}
		if (isBlank(firstLabelDe)) {
			errors.add("firstLabelDe", texts.getMessage("forms.builder.error.label-required", null, locale));
		}
		FieldType type = SIMPLE_TYPES.stream().filter(t -> t.name().equals(firstType)).findFirst().orElse(null);
		if (type == null) {
			errors.add("firstType", texts.getMessage("forms.builder.error.type-unknown", null, locale));
		}
		if (errors.has("firstId") || errors.has("firstLabelDe") || type == null) {
			return null;
		}
		return List.of(Field.of(firstId.strip(), type, Text.of(firstLabelDe.strip(), null), false));
	}

	/** An option's value from its label: lower case letters and digits joined by hyphens. */
	static String slug(String label) {
		String plain = Normalizer.normalize(label.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
			.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "option" : slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return isBlank(text) ? null : text.strip();
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String number(@Nullable Integer number) {
		return number == null ? "" : String.valueOf(number);
	}

	/** Reads numbers as people type them and names the input that holds something else. */
	private record Reader(InputErrors errors, MessageSource texts, Locale locale) {

		@Nullable
		Integer integer(String input, @Nullable String text) {
			if (isBlank(text)) {
				return null;
			}
			try {
				return Integer.valueOf(text.strip().replace("+", ""));
			}
			catch (NumberFormatException notWhole) {
				errors.add(input, texts.getMessage("forms.builder.error.whole-number", null, locale));
				return null;
			}
		}

		@Nullable
		BigDecimal decimal(String input, @Nullable String text) {
			if (isBlank(text)) {
				return null;
			}
			BigDecimal number = Values.number(text);
			if (number == null) {
				errors.add(input, texts.getMessage("forms.builder.error.number", null, locale));
			}
			return number;
		}
	}
}
