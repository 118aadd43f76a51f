package de.amtsportal.forms.fim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Validation;

/**
 * Maps one Stammdatenschema onto a form definition. Problems are collected rather than thrown at the first one,
 * so an editor sees everything wrong with a file at once; the definition is only built when there are none.
 */
final class SchemaMapping {

	/** texts allowed to be longer than this are asked for in a multi-line box */
	static final int LONG_TEXT_FROM = 200;
	/** FIM's "any number of files" needs a bound: uploads are stored and scanned */
	static final int UNBOUNDED_FILES = 10;
	static final List<String> DEFAULT_FILE_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

	private static final java.util.regex.Pattern CARDINALITY = java.util.regex.Pattern.compile("(\\d{1,4}):(\\d{1,4}|\\*)");
	private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
	private static final String DATE_TIME = "(0[1-9]|[12][0-9]|3[01])\\.(0[1-9]|1[0-2])\\.[0-9]{4} " + TIME;

	private final FimVersion version;
	private final List<ImportProblem> errors = new ArrayList<>();
	private final List<ImportProblem> warnings = new ArrayList<>();
	private final Map<String, String> fimIds = new LinkedHashMap<>();

	SchemaMapping(FimVersion version) {
		this.version = version;
	}

	/** Where an element is: the FIM names down to it, its FIM id with version and its line. */
	private record Place(String path, @Nullable String fimId, int line) {

		Place inside(String name, @Nullable String id, int line) {
			return new Place(path.isEmpty() ? name : path + " / " + name, id, line);
		}
	}

	/** A schema, group or field with what every one of them has: a name and an identification. */
	private record Described(String name, Place place) {
	}

	/** How often an entry of a structure may be given ("anzahl"): "0:1", "1:1", "1:*", "0:3". */
	private record Cardinality(int min, @Nullable Integer max) {

		static final Cardinality ONE = new Cardinality(1, 1);

		boolean repeats() {
			return max == null || max > 1;
		}

		boolean required() {
			return min > 0;
		}

		@Nullable Integer minItems() {
			return min > 0 ? min : null;
		}
	}

	private record Mapped(Field field, boolean group) {
	}

	ImportResult map(XmlElement message) {
		XmlElement schema = message.child("stammdatenschema").orElseThrow(() -> new ImportFailed(
				problem(new Place("", null, message.line()), "forms.fim.error.missing-element", "stammdatenschema")));
		Described described = describe(schema, new Place("", null, 0));
		Text title = Text.of(schema.text(version.schemaLabel).orElse(described.name()), null);
		rules(schema, described.place());

		SiblingIds topLevel = new SiblingIds();
		List<Field> loose = new ArrayList<>();
		List<FormPage> groupPages = new ArrayList<>();
		for (XmlElement structure : schema.all("struktur")) {
			entry(structure, described.place(), topLevel, "").ifPresent(mapped -> {
				if (mapped.group()) {
					groupPages.add(new FormPage(mapped.field().id(), mapped.field().label(), List.of(mapped.field()), null));
				}
				else {
					loose.add(mapped.field());
				}
			});
		}
		if (errors.isEmpty() && loose.isEmpty() && groupPages.isEmpty()) {
			errors.add(problem(described.place(), "forms.fim.error.empty-schema"));
		}
		if (!errors.isEmpty()) {
			throw new ImportFailed(errors);
		}
		List<FormPage> pages = new ArrayList<>();
		if (!loose.isEmpty()) {
			pages.add(new FormPage(topLevel.next("Angaben"), title, loose, null));
		}
		pages.addAll(groupPages);
		try {
			FormDefinition definition = new FormDefinition(title, pages, List.of());
			// without errors the schema's identification was found, so its id is there
			return new ImportResult(definition, java.util.Objects.requireNonNull(described.place().fimId()), fimIds, warnings);
		}
		catch (IllegalArgumentException e) {
			// the mapping is meant to make only valid definitions; should one slip through, nothing partial leaves
			throw new ImportFailed(problem(described.place(), "forms.fim.error.invalid-definition", String.valueOf(e.getMessage())));
		}
	}

	private Described describe(XmlElement element, Place parent) {
		Optional<XmlElement> identification = element.child("identifikation");
		Optional<String> id = identification.flatMap(i -> i.text("id"));
		Optional<String> fimVersion = identification.flatMap(i -> i.text("version"));
		String fimId = id.map(i -> fimVersion.map(v -> i + "V" + v).orElse(i)).orElse(null);
		Optional<String> name = element.text("name");
		String shown = name.orElse(fimId != null ? fimId : element.name());
		Place place = parent.inside(shown, fimId, element.line());
		if (id.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.missing-element", "identifikation/id"));
		}
		if (name.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.missing-element", "name"));
		}
		return new Described(shown, place);
	}

	private Optional<Mapped> entry(XmlElement structure, Place parent, SiblingIds siblings, String prefix) {
		Optional<XmlElement> content = structure.child("enthaelt").flatMap(contains -> contains.children().stream()
			.filter(c -> c.namespace().equals(structure.namespace()))
			.filter(c -> c.name().equals("datenfeld") || c.name().equals("datenfeldgruppe"))
			.findFirst());
		if (content.isEmpty()) {
			errors.add(problem(new Place(parent.path(), parent.fimId(), structure.line()), "forms.fim.error.missing-element",
					"struktur/enthaelt/datenfeld|datenfeldgruppe"));
			return Optional.empty();
		}
		XmlElement element = content.get();
		Described described = describe(element, parent);
		Cardinality count = cardinality(structure, described.place());
		return element.name().equals("datenfeldgruppe")
				? group(element, described, count, siblings, prefix).map(f -> new Mapped(f, true))
				: field(element, described, count, siblings, prefix).map(f -> new Mapped(f, false));
	}

	private Cardinality cardinality(XmlElement structure, Place place) {
		Optional<String> text = structure.text("anzahl");
		if (text.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.missing-element", "struktur/anzahl"));
			return Cardinality.ONE;
		}
		Matcher matcher = CARDINALITY.matcher(text.get());
		Integer max = matcher.matches() && !matcher.group(2).equals("*") ? Integer.valueOf(matcher.group(2)) : null;
		if (!matcher.matches() || (max != null && (max < 1 || max < Integer.parseInt(matcher.group(1))))) {
			errors.add(problem(place, "forms.fim.error.invalid-cardinality", text.get()));
			return Cardinality.ONE;
		}
		return new Cardinality(Integer.parseInt(matcher.group(1)), max);
	}

	private Optional<Field> group(XmlElement group, Described described, Cardinality count, SiblingIds siblings,
			String prefix) {
		Place place = described.place();
		rules(group, place);
		String id = siblings.next(described.name());
		String path = prefix + id;
		track(path, place);
		int errorsBefore = errors.size();
		SiblingIds childIds = new SiblingIds();
		List<Field> children = new ArrayList<>();
		for (XmlElement structure : group.all("struktur")) {
			entry(structure, place, childIds, path + ".").ifPresent(mapped -> children.add(mapped.field()));
		}
		if (children.isEmpty()) {
			if (errors.size() == errorsBefore) {
				errors.add(problem(place, "forms.fim.error.empty-group"));
			}
			return Optional.empty();
		}
		Field field = new Field(id, FieldType.GROUP, label(group, described), hint(group), true, null, null, null, children,
				null, null, null);
		if (count.repeats()) {
			return Optional.of(repeat(field, count));
		}
		if (!count.required()) {
			// FIM's optional group: left out entirely, or given with its own required fields
			warnings.add(problem(place, "forms.fim.warning.optional-group"));
			return Optional.of(repeat(field, new Cardinality(0, 1)));
		}
		return Optional.of(field);
	}

	private static Field repeat(Field group, Cardinality count) {
		return new Field(group.id(), FieldType.REPEAT, group.label(), group.hint(), count.required(), null, null, null,
				group.children(), count.minItems(), count.max(), null);
	}

	private Optional<Field> field(XmlElement element, Described described, Cardinality count, SiblingIds siblings,
			String prefix) {
		Place place = described.place();
		rules(element, place);
		Optional<String> kind = element.code("feldart");
		Optional<String> type = element.code("datentyp");
		if (kind.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.missing-element", "feldart"));
		}
		if (type.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.missing-element", "datentyp"));
		}
		if (kind.isEmpty() || type.isEmpty()) {
			return Optional.empty();
		}
		if (kind.get().equals("hidden")) {
			// a hidden field carries a value set by the procedure, not asked of anyone: there is nothing to show
			warnings.add(problem(place, "forms.fim.warning.hidden-field"));
			return Optional.empty();
		}
		String id = siblings.next(described.name());
		Field field = switch (kind.get()) {
			case "label" -> info(id, element, described);
			case "locked" -> {
				warnings.add(problem(place, "forms.fim.warning.locked-field"));
				yield info(id, element, described);
			}
			case "select" -> select(id, element, described, type.get(), count);
			case "input", "textarea" -> input(id, element, described, kind.get(), type.get(), count);
			default -> {
				errors.add(problem(place, "forms.fim.error.unknown-fieldkind", kind.get()));
				yield null;
			}
		};
		if (field == null) {
			return Optional.empty();
		}
		String path = prefix + id;
		track(path, place);
		boolean takesSeveral = field.type() == FieldType.MULTIPLE_CHOICE || field.type() == FieldType.FILE
				|| field.type() == FieldType.INFO;
		if (count.repeats() && !takesSeveral) {
			// a field given several times is a repetition holding that one field, which each repetition must answer
			track(path + "." + id, place);
			Field answer = new Field(id, field.type(), field.label(), null, true, field.validation(), field.options(),
					field.upload(), null, null, null, null);
			Field repeated = new Field(id, FieldType.REPEAT, field.label(), field.hint(), count.required(), null, null, null,
					List.of(answer), count.minItems(), count.max(), null);
			return Optional.of(repeated);
		}
		return Optional.of(field);
	}

	private Field info(String id, XmlElement element, Described described) {
		ignored(described.place(), precision(element, described.place()), Set.of());
		Text content = element.text("inhalt").map(t -> Text.of(t, null)).orElse(hint(element));
		return new Field(id, FieldType.INFO, label(element, described), content, false, null, null, null, null, null, null,
				null);
	}

	private @Nullable Field select(String id, XmlElement element, Described described, String type, Cardinality count) {
		Place place = described.place();
		Precision precision = precision(element, place);
		List<XmlElement> values = element.child("werte").map(w -> w.all("wert")).orElse(List.of());
		if (!values.isEmpty()) {
			List<Option> options = options(values, place);
			ignored(place, precision, Set.of());
			FieldType choice = count.repeats() ? FieldType.MULTIPLE_CHOICE : FieldType.SINGLE_CHOICE;
			return options == null ? null
					: new Field(id, choice, label(element, described), hint(element), count.required(), null, options, null,
							null, null, null, null);
		}
		Optional<XmlElement> reference = element.child("codelisteReferenz");
		if (reference.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.select-without-values"));
			return null;
		}
		Optional<String> list = codeList(reference.get());
		if (list.isEmpty()) {
			errors.add(problem(place, "forms.fim.error.unresolvable-code-list"));
			return null;
		}
		// the values live in an external code list that cannot be fetched here; the answer is kept as text
		warnings.add(problem(place, "forms.fim.warning.external-code-list", list.get()));
		return text(id, element, described, false, count.required(), precision);
	}

	private @Nullable List<Option> options(List<XmlElement> values, Place place) {
		List<Option> options = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		boolean complete = true;
		for (XmlElement value : values) {
			Optional<String> code = value.text("code");
			if (code.isEmpty()) {
				errors.add(problem(new Place(place.path(), place.fimId(), value.line()), "forms.fim.error.missing-element",
						"werte/wert/code"));
				complete = false;
			}
			else if (!codes.add(code.get())) {
				errors.add(problem(new Place(place.path(), place.fimId(), value.line()), "forms.fim.error.duplicate-value",
						code.get()));
				complete = false;
			}
			else {
				options.add(new Option(code.get(), Text.of(value.text("name").orElse(code.get()), null)));
			}
		}
		return complete ? options : null;
	}

	/** The canonical name of the referenced code list: 2.0 nests it in a genericode identification, 3.0 does not. */
	private static Optional<String> codeList(XmlElement reference) {
		XmlElement genericode = reference.child("genericodeIdentification").orElse(reference);
		Optional<String> versionUri = genericode.text("canonicalVersionUri");
		if (versionUri.isPresent()) {
			return versionUri;
		}
		Optional<String> canonical = genericode.text("canonicalIdentification");
		Optional<String> listVersion = genericode.text("version");
		if (canonical.isPresent()) {
			return Optional.of(canonical.get() + listVersion.map(v -> "_" + v).orElse(""));
		}
		return reference.child("identifikation").flatMap(i -> i.text("id"));
	}

	private @Nullable Field input(String id, XmlElement element, Described described, String kind, String type,
			Cardinality count) {
		Place place = described.place();
		Precision precision = precision(element, place);
		Field plain = new Field(id, FieldType.TEXT, label(element, described), hint(element), count.required(), null, null,
				null, null, null, null, null);
		return switch (type) {
			case "text", "text_latin" -> text(id, element, described, kind.equals("textarea"), count.required(), precision);
			case "date" -> {
				ignored(place, precision, Set.of("minValue", "maxValue"));
				Validation dates = new Validation(null, null, null, null, null, null, date(precision, "minValue", place),
						date(precision, "maxValue", place), null, null);
				yield as(plain, FieldType.DATE).withValidation(dates);
			}
			case "time", "datetime" -> {
				ignored(place, precision, Set.of());
				warnings.add(problem(place, "forms.fim.warning.time-as-text", type));
				yield type.equals("time")
						? plain.withValidation(Validation.pattern(TIME,
								Text.of("Bitte geben Sie eine Uhrzeit ein, zum Beispiel 14:30.", "Please enter a time, for example 14:30.")))
						: plain.withValidation(Validation.pattern(DATE_TIME, Text.of(
								"Bitte geben Sie Datum und Uhrzeit ein, zum Beispiel 24.11.2026 14:30.",
								"Please enter a date and time, for example 24.11.2026 14:30.")));
			}
			case "bool" -> {
				ignored(place, precision, Set.of());
				yield as(plain, FieldType.YES_NO);
			}
			case "num", "num_int", "num_currency" -> {
				ignored(place, precision, Set.of("minValue", "maxValue"));
				BigDecimal min = decimal(precision, "minValue", place);
				BigDecimal max = decimal(precision, "maxValue", place);
				Field number = as(plain, FieldType.NUMBER);
				yield min == null && max == null ? number : number.withValidation(Validation.range(min, max));
			}
			case "file" -> {
				ignored(place, precision, Set.of());
				yield as(plain, FieldType.FILE).withUpload(upload(element, count, place));
			}
			case "obj" -> {
				errors.add(problem(place, "forms.fim.error.unsupported-datatype", type));
				yield null;
			}
			default -> {
				errors.add(problem(place, "forms.fim.error.unknown-datatype", type));
				yield null;
			}
		};
	}

	private Field text(String id, XmlElement element, Described described, boolean multiLine, boolean required,
			Precision precision) {
		Place place = described.place();
		ignored(place, precision, Set.of("minLength", "maxLength", "pattern"));
		Integer minLength = length(precision, "minLength", place);
		Integer maxLength = length(precision, "maxLength", place);
		String pattern = precision.get("pattern");
		if (pattern != null) {
			if (!Validation.supportedPattern(pattern)) {
				warnings.add(problem(place, "forms.fim.warning.invalid-pattern", pattern));
				pattern = null;
			}
		}
		boolean longText = multiLine || (maxLength != null && maxLength > LONG_TEXT_FROM);
		Field field = new Field(id, longText ? FieldType.LONG_TEXT : FieldType.TEXT, label(element, described), hint(element),
				required, null, null, null, null, null, null, null);
		Validation rules = new Validation(minLength, maxLength, pattern, null, null, null, null, null, null, null);
		return rules.equals(Validation.NONE) ? field : field.withValidation(rules);
	}

	private Upload upload(XmlElement element, Cardinality count, Place place) {
		List<String> types = element.all("mediaType").stream().map(XmlElement::text).map(String::strip)
			.filter(t -> !t.isEmpty()).toList();
		if (types.isEmpty()) {
			warnings.add(problem(place, "forms.fim.warning.file-types-defaulted", String.join(", ", DEFAULT_FILE_TYPES)));
			types = DEFAULT_FILE_TYPES;
		}
		long maxBytes = Upload.DEFAULT_MAX_BYTES;
		Optional<String> maxSize = element.text("maxSize");
		if (maxSize.isPresent()) {
			try {
				maxBytes = Long.parseLong(maxSize.get());
			}
			catch (NumberFormatException e) {
				maxBytes = 0;
			}
			if (maxBytes <= 0) {
				warnings.add(problem(place, "forms.fim.warning.precision-unreadable", "maxSize=" + maxSize.get()));
				maxBytes = Upload.DEFAULT_MAX_BYTES;
			}
		}
		if (count.max() == null) {
			warnings.add(problem(place, "forms.fim.warning.file-count-limited", String.valueOf(UNBOUNDED_FILES)));
		}
		return new Upload(types, maxBytes, count.max() == null ? UNBOUNDED_FILES : count.max());
	}

	private Precision precision(XmlElement element, Place place) {
		Optional<XmlElement> given = element.child("praezisierung");
		if (given.isEmpty()) {
			return Precision.NONE;
		}
		if (version == FimVersion.V3) {
			return Precision.ofAttributes(given.get().attributes());
		}
		Precision precision = Precision.ofJson(given.get().text());
		if (precision == null) {
			warnings.add(problem(place, "forms.fim.warning.precision-unreadable", XmlElement.tidy(given.get().text())));
			return Precision.NONE;
		}
		return precision;
	}

	/** Warns about bounds the mapped field cannot hold, so nothing given in FIM disappears unnoticed. */
	private void ignored(Place place, Precision precision, Set<String> used) {
		Set<String> unused = precision.unusedBesides(used);
		if (!unused.isEmpty()) {
			warnings.add(problem(place, "forms.fim.warning.precision-ignored", String.join(", ", unused)));
		}
	}

	private @Nullable Integer length(Precision precision, String name, Place place) {
		String value = precision.get(name);
		if (value == null) {
			return null;
		}
		try {
			int length = Integer.parseInt(value);
			if (length >= 0) {
				return length;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		warnings.add(problem(place, "forms.fim.warning.precision-unreadable", name + "=" + value));
		return null;
	}

	private @Nullable BigDecimal decimal(Precision precision, String name, Place place) {
		String value = precision.get(name);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			warnings.add(problem(place, "forms.fim.warning.precision-unreadable", name + "=" + value));
			return null;
		}
	}

	private @Nullable LocalDate date(Precision precision, String name, Place place) {
		String value = precision.get(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			warnings.add(problem(place, "forms.fim.warning.precision-unreadable", name + "=" + value));
			return null;
		}
	}

	/**
	 * Rules are scripts or prose in FIM. They are never run; their text goes to the editor, who can model them
	 * as conditions and cross-field rules.
	 */
	private void rules(XmlElement owner, Place place) {
		for (XmlElement rule : owner.all("regel")) {
			String id = rule.child("identifikation").flatMap(i -> i.text("id")).orElse("");
			String ruleVersion = rule.child("identifikation").flatMap(i -> i.text("version")).map(v -> "V" + v).orElse("");
			String text = rule.text("freitextRegel").or(() -> rule.text("skript")).or(() -> rule.text("script"))
				.or(() -> rule.text("beschreibung")).or(() -> rule.text("definition")).orElse("");
			warnings.add(problem(place, "forms.fim.warning.rule", id + ruleVersion, rule.text("name").orElse(""), text));
		}
	}

	private static Text label(XmlElement element, Described described) {
		return Text.of(element.text("bezeichnungEingabe").orElse(described.name()), null);
	}

	private static @Nullable Text hint(XmlElement element) {
		return element.text("hilfetextEingabe").map(t -> Text.of(t, null)).orElse(null);
	}

	private static Field as(Field field, FieldType type) {
		return new Field(field.id(), type, field.label(), field.hint(), field.required(), null, null, null, null, null, null,
				null);
	}

	private void track(String path, Place place) {
		if (place.fimId() != null) {
			fimIds.put(path, place.fimId());
		}
	}

	private static ImportProblem problem(Place place, String key, String... arguments) {
		return new ImportProblem(key, List.of(arguments), place.path(), place.fimId(), place.line());
	}
}
