package de.amtsportal.open311.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.reports.ReportCategory;

/**
 * A category as an Open311 service, and its extra questions as the attributes of the service definition. The
 * attribute code is the form's field id, so {@code attribute[code]} in a POST is the answer to that field.
 * Questions in a group are listed on their own; questions Open311 has no datatype for (files, repetitions,
 * postal addresses) are left out — the category's web form asks them.
 */
final class ServiceDefinitions {

	private ServiceDefinitions() {
	}

	static Open311Document.Fields service(ReportCategory category, boolean metadata) {
		return new Open311Document.Fields().put("service_code", category.code())
			.put("service_name", category.name())
			.put("description", category.description())
			.put("metadata", metadata)
			.put("type", "realtime")
			.put("keywords", null)
			.put("group", category.group());
	}

	static Open311Document.Fields definition(String code, List<Field> questions, Locale locale) {
		List<Open311Document.Fields> attributes = new ArrayList<>();
		for (Field field : attributeFields(questions)) {
			attributes.add(attribute(field, attributes.size() + 1, locale));
		}
		return new Open311Document.Fields().put("service_code", code).put("attributes", new Open311Document.Items("attribute", attributes));
	}

	/** The questions a client can answer, in the form's order. */
	static List<Field> attributeFields(List<Field> questions) {
		List<Field> flat = new ArrayList<>();
		for (Field field : questions) {
			if (field.type() == FieldType.GROUP) {
				flat.addAll(attributeFields(field.fields()));
			}
			else if (datatype(field.type()) != null) {
				flat.add(field);
			}
		}
		return flat;
	}

	static @Nullable String datatype(FieldType type) {
		return switch (type) {
			case TEXT, EMAIL, PHONE, IBAN, INFO -> "string";
			case LONG_TEXT -> "text";
			case NUMBER -> "number";
			case DATE -> "datetime";
			case SINGLE_CHOICE, YES_NO -> "singlevaluelist";
			case MULTIPLE_CHOICE -> "multivaluelist";
			case POSTAL_ADDRESS, FILE, PHOTO, POSITION, GROUP, REPEAT -> null;
		};
	}

	private static Open311Document.Fields attribute(Field field, int order, Locale locale) {
		String description = field.label().in(locale);
		return new Open311Document.Fields().put("variable", field.type() != FieldType.INFO)
			.put("code", field.id())
			.put("datatype", datatype(field.type()))
			.put("required", field.required() && field.visibleIf() == null)
			.put("datatype_description", field.hint() == null ? "" : field.hint().in(locale))
			.put("order", order)
			.put("description", description)
			.put("values", values(field, locale));
	}

	private static Open311Document.@Nullable Items values(Field field, Locale locale) {
		List<Option> options = field.type() == FieldType.YES_NO ? YesNo.OPTIONS : field.choices();
		if (options.isEmpty()) {
			return null;
		}
		return new Open311Document.Items("value", options.stream()
			.map(option -> new Open311Document.Fields().put("key", option.value()).put("name", option.label().in(locale)))
			.toList());
	}

	/** The form engine keeps a yes/no answer as "ja" or "nein". */
	static final class YesNo {

		static final List<Option> OPTIONS = List.of(new Option("ja", de.amtsportal.forms.definition.Text.of("Ja", "Yes")),
				new Option("nein", de.amtsportal.forms.definition.Text.of("Nein", "No")));

		private YesNo() {
		}
	}
}
