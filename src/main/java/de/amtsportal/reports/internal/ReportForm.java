package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.reports.ReportPosition;

/**
 * What a report form's fields mean. A report form is an ordinary form; the reports module recognises its parts
 * by type (the position field, the photo fields, e-mail fields) and by the field names the demo forms and the
 * form builder's report template use: {@code adresse} for the typed address of the place, {@code beschreibung}
 * for the citizen's description, {@code vorname} and {@code nachname} for the reporter. Everything else is an
 * extra question of the category. A form is a report form when it asks for a position and photos (a REPORT
 * service without them is a notification such as a Wohnungsgeberbestätigung, not a Mängelmelder category).
 */
public record ReportForm(FormDefinition definition) {

	public static final String ADDRESS = "adresse";
	public static final String DESCRIPTION = "beschreibung";
	public static final String FIRST_NAME = "vorname";
	public static final Set<String> LAST_NAMES = Set.of("nachname", "familienname");

	public Stream<Field> fields() {
		return definition.pages().stream().flatMap(page -> page.fields().stream());
	}

	public boolean isReportForm() {
		return position().isPresent() && !photos().isEmpty();
	}

	public Optional<Field> position() {
		return fields().filter(f -> f.type() == FieldType.POSITION).findFirst();
	}

	public List<Field> photos() {
		return fields().filter(f -> f.type() == FieldType.PHOTO).toList();
	}

	public Optional<Field> address() {
		return field(ADDRESS).filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.POSTAL_ADDRESS);
	}

	public Optional<Field> description() {
		return field(DESCRIPTION);
	}

	public Optional<Field> email() {
		return fields().filter(f -> f.type() == FieldType.EMAIL).findFirst();
	}

	public Optional<Field> firstName() {
		return field(FIRST_NAME);
	}

	public Optional<Field> lastName() {
		return fields().filter(f -> LAST_NAMES.contains(f.id())).findFirst();
	}

	/** The category's own questions: what is neither place, photo, description nor the reporter. */
	public List<Field> extraQuestions() {
		Set<String> known = Stream.of(position(), address(), description(), email(), firstName(), lastName())
			.flatMap(Optional::stream)
			.map(Field::id)
			.collect(Collectors.toSet());
		return fields().filter(f -> f.type().isAnswered() && f.type() != FieldType.PHOTO && !known.contains(f.id())).toList();
	}

	public @Nullable ReportPosition position(Answers answers) {
		return position().map(field -> answers.values().get(field.id()))
			.filter(Map.class::isInstance)
			.map(value -> (Map<?, ?>) value)
			.map(ReportForm::position)
			.orElse(null);
	}

	/** The typed address of the place: a text, or a postal address joined as it is written on a letter. */
	public @Nullable String address(Answers answers) {
		Object value = address().map(field -> answers.values().get(field.id())).orElse(null);
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		if (value instanceof Map<?, ?> parts) {
			String street = (join(parts.get("strasse"), parts.get("hausnummer")));
			String place = join(parts.get("plz"), parts.get("ort"));
			String address = Stream.of(street, place).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
			return address.isEmpty() ? null : address;
		}
		return null;
	}

	/** The ids of the stored photos, in the order of the photo fields. */
	public List<String> photoIds(Answers answers) {
		return photos().stream()
			.map(field -> answers.values().get(field.id()))
			.filter(List.class::isInstance)
			.flatMap(value -> ((List<?>) value).stream())
			.map(String::valueOf)
			.toList();
	}

	private Optional<Field> field(String id) {
		return fields().filter(f -> f.id().equals(id)).findFirst();
	}

	private static @Nullable ReportPosition position(Map<?, ?> parts) {
		try {
			ReportPosition position = new ReportPosition(degrees(parts.get("lat")), degrees(parts.get("lon")));
			return position.isValid() ? position : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** Degrees as typed (a German decimal comma is fine), to six places: about 10 cm, more than any phone knows. */
	private static BigDecimal degrees(@Nullable Object value) {
		return new BigDecimal(String.valueOf(value).strip().replace(',', '.')).setScale(6, RoundingMode.HALF_UP);
	}

	private static String join(@Nullable Object first, @Nullable Object second) {
		return Stream.of(first, second)
			.filter(v -> v != null && !String.valueOf(v).isBlank())
			.map(v -> String.valueOf(v).strip())
			.collect(Collectors.joining(" "));
	}
}
