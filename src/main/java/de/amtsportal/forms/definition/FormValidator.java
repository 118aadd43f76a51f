package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Violation.Code;

/**
 * Server-side checking of answers against a definition — the one place rules are enforced, whatever a
 * browser shows or hides. {@link #clean} keeps only what the definition asks for and is visible;
 * {@link #validate} reports every broken rule on the given pages.
 */
public final class FormValidator {

	static final int DEFAULT_TEXT_MAX = 1_000;
	static final int DEFAULT_LONG_TEXT_MAX = 10_000;
	static final int DEFAULT_MAX_ITEMS = 50;
	static final List<String> ADDRESS_PARTS = List.of("strasse", "hausnummer", "plz", "ort");
	static final List<String> POSITION_PARTS = List.of("lat", "lon");
	private static final java.time.format.DateTimeFormatter GERMAN_DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private FormValidator() {
	}

	/**
	 * The answers reduced to the definition: unknown fields, answers to fields or pages hidden by their
	 * conditions, and malformed shapes are dropped, text is trimmed. Repeated until stable, because hiding
	 * one answer can hide another that depends on it.
	 */
	public static Answers clean(FormDefinition definition, Map<String, ?> raw) {
		Answers current = new Answers(shape(definition, raw));
		for (int round = 0; round < 10; round++) {
			Map<String, Object> visible = new LinkedHashMap<>();
			for (FormPage page : definition.pages()) {
				if (!Conditions.holds(page.visibleIf(), current, null)) {
					continue;
				}
				for (Field field : page.fields()) {
					Object value = current.values().get(field.id());
					if (value != null && Conditions.holds(field.visibleIf(), current, null)) {
						visible.put(field.id(), visibleChildren(field, value, current));
					}
				}
			}
			Answers next = new Answers(visible);
			if (next.equals(current)) {
				return next;
			}
			current = next;
		}
		return current;
	}

	private static Object visibleChildren(Field field, Object value, Answers form) {
		if (field.type() == FieldType.GROUP && value instanceof Map<?, ?> map) {
			return filterScope(field, cast(map), form);
		}
		if (field.type() == FieldType.REPEAT && value instanceof List<?> items) {
			return items.stream().map(item -> filterScope(field, cast((Map<?, ?>) item), form)).toList();
		}
		return value;
	}

	private static Map<String, Object> filterScope(Field group, Map<String, Object> scope, Answers form) {
		Map<String, Object> kept = new LinkedHashMap<>();
		for (Field child : group.fields()) {
			Object value = scope.get(child.id());
			if (value != null && Conditions.holds(child.visibleIf(), form, scope)) {
				kept.put(child.id(), visibleChildren(child, value, form));
			}
		}
		return kept;
	}

	private static Map<String, Object> shape(FormDefinition definition, Map<String, ?> raw) {
		Map<String, Object> shaped = new LinkedHashMap<>();
		definition.pages().forEach(page -> page.fields().forEach(field -> {
			Object value = shape(field, raw.get(field.id()));
			if (value != null) {
				shaped.put(field.id(), value);
			}
		}));
		return shaped;
	}

	private static @Nullable Object shape(Field field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (field.type()) {
			case INFO -> null;
			case MULTIPLE_CHOICE, FILE, PHOTO -> value instanceof Collection<?> list
					? List.copyOf(new LinkedHashSet<>(list.stream().filter(String.class::isInstance).map(v -> ((String) v).strip())
						.filter(v -> !v.isEmpty()).toList()))
					: value instanceof String single && !single.isBlank() ? List.of(single.strip()) : null;
			case POSTAL_ADDRESS -> parts(value, ADDRESS_PARTS);
			case POSITION -> parts(value, POSITION_PARTS);
			case GROUP -> value instanceof Map<?, ?> map ? shapeChildren(field, map) : null;
			case REPEAT -> value instanceof List<?> items ? items.stream().filter(Map.class::isInstance)
				.map(item -> (Object) shapeChildren(field, (Map<?, ?>) item)).limit(Math.max(field.maxItems() == null ? DEFAULT_MAX_ITEMS : field.maxItems(), 1) + 1L).toList() : null;
			case DATE -> value instanceof String text ? isoDate(text.strip()) : null;
			default -> value instanceof String text ? text.strip() : null;
		};
	}

	/** Dates are kept in ISO form, whichever way they were typed, so rules and exports compare like with like. */
	private static String isoDate(String text) {
		LocalDate date = Values.date(text);
		return date == null ? text : date.toString();
	}

	private static Map<String, Object> shapeChildren(Field group, Map<?, ?> raw) {
		Map<String, Object> shaped = new LinkedHashMap<>();
		for (Field child : group.fields()) {
			Object value = shape(child, raw.get(child.id()));
			if (value != null) {
				shaped.put(child.id(), value);
			}
		}
		return shaped;
	}

	private static @Nullable Map<String, Object> parts(Object value, List<String> names) {
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Map<String, Object> parts = new LinkedHashMap<>();
		for (String name : names) {
			if (map.get(name) instanceof String text) {
				parts.put(name, text.strip());
			}
		}
		return parts;
	}

	/** Every broken rule on the given pages (all pages if {@code pageIds} is null), in page and field order. */
	public static List<Violation> validate(FormDefinition definition, Answers answers, @Nullable Set<String> pageIds,
			LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		Set<String> checkedFields = new LinkedHashSet<>();
		for (FormPage page : definition.pages()) {
			if ((pageIds != null && !pageIds.contains(page.id())) || !Conditions.holds(page.visibleIf(), answers, null)) {
				continue;
			}
			for (Field field : page.fields()) {
				checkedFields.add(field.id());
				if (Conditions.holds(field.visibleIf(), answers, null)) {
					check(field, field.id(), answers.values().get(field.id()), answers, null, today, violations);
				}
			}
		}
		for (CrossFieldRule rule : definition.rules()) {
			String root = rule.fields().get(0).split("\\.")[0];
			Set<String> involved = new LinkedHashSet<>(rule.fields());
			referenced(rule.when(), involved);
			referenced(rule.require(), involved);
			// a rule across fields speaks only once each of its fields is right on its own
			if (checkedFields.contains(root) && violations.stream().noneMatch(v -> involved.contains(v.path()))
					&& Conditions.holds(rule.when(), answers, null)
					&& !Conditions.holds(resolve(rule.require(), answers), answers, null)) {
				violations.add(new Violation(rule.fields().get(0), Code.RULE, List.of(), rule.message()));
			}
		}
		return violations;
	}

	private static void referenced(Condition condition, Set<String> paths) {
		if (condition.field() != null) {
			paths.add(condition.field());
		}
		String value = condition.value();
		if (value != null && value.startsWith("{") && value.endsWith("}")) {
			paths.add(value.substring(1, value.length() - 1));
		}
		if (condition.all() != null) {
			condition.all().forEach(c -> referenced(c, paths));
		}
		if (condition.any() != null) {
			condition.any().forEach(c -> referenced(c, paths));
		}
		if (condition.not() != null) {
			referenced(condition.not(), paths);
		}
	}

	/** Lets a rule compare two answers: a value written as {path} in braces is replaced by that answer. */
	private static Condition resolve(Condition condition, Answers answers) {
		if (condition.all() != null) {
			return new Condition(null, null, null, condition.all().stream().map(c -> resolve(c, answers)).toList(), null, null);
		}
		if (condition.any() != null) {
			return new Condition(null, null, null, null, condition.any().stream().map(c -> resolve(c, answers)).toList(), null);
		}
		if (condition.not() != null) {
			return Condition.not(resolve(condition.not(), answers));
		}
		String value = condition.value();
		if (value != null && value.startsWith("{") && value.endsWith("}")) {
			return Condition.compare(condition.field(), condition.operator(), Answers.text(answers.get(value.substring(1, value.length() - 1))));
		}
		return condition;
	}

	private static void check(Field field, String path, @Nullable Object value, Answers form,
			@Nullable Map<String, Object> scope, LocalDate today, List<Violation> violations) {
		if (!field.type().isAnswered() && field.type() != FieldType.GROUP) {
			return;
		}
		if (field.type() == FieldType.GROUP) {
			Map<String, Object> group = value instanceof Map<?, ?> map ? cast(map) : Map.of();
			checkChildren(field, path, group, form, today, violations);
			return;
		}
		if (!Answers.given(value)) {
			if (field.required() || (field.type() == FieldType.REPEAT && field.minItems() != null && field.minItems() > 0)) {
				violations.add(Violation.of(path, Code.REQUIRED));
			}
			return;
		}
		Validation rules = field.rules();
		switch (field.type()) {
			case TEXT, LONG_TEXT -> text(path, (String) value, rules,
					field.type() == FieldType.TEXT ? DEFAULT_TEXT_MAX : DEFAULT_LONG_TEXT_MAX, violations);
			case EMAIL -> {
				if (!Values.email((String) value)) {
					violations.add(Violation.of(path, Code.INVALID_EMAIL));
				}
			}
			case PHONE -> {
				if (!Values.phone((String) value)) {
					violations.add(Violation.of(path, Code.INVALID_PHONE));
				}
			}
			case IBAN -> {
				if (!Values.iban((String) value)) {
					violations.add(Violation.of(path, Code.INVALID_IBAN));
				}
			}
			case NUMBER -> number(path, (String) value, rules, violations);
			case DATE -> date(path, (String) value, rules, today, violations);
			case YES_NO -> {
				if (!List.of("ja", "nein").contains(value)) {
					violations.add(Violation.of(path, Code.UNKNOWN_OPTION));
				}
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				List<String> allowed = field.choices().stream().map(Option::value).toList();
				List<String> chosen = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of((String) value);
				if (!allowed.containsAll(chosen) || (field.type() == FieldType.SINGLE_CHOICE && chosen.size() != 1)) {
					violations.add(Violation.of(path, Code.UNKNOWN_OPTION));
				}
			}
			case FILE, PHOTO -> {
				int max = field.upload() == null ? 1 : field.upload().maxCount();
				if (((List<?>) value).size() > max) {
					violations.add(Violation.of(path, Code.TOO_MANY_FILES, max));
				}
			}
			case POSTAL_ADDRESS -> address(path, cast((Map<?, ?>) value), violations);
			case POSITION -> position(path, cast((Map<?, ?>) value), violations);
			case REPEAT -> {
				List<?> items = (List<?>) value;
				int max = field.maxItems() == null ? DEFAULT_MAX_ITEMS : field.maxItems();
				if (field.minItems() != null && items.size() < field.minItems()) {
					violations.add(Violation.of(path, Code.TOO_FEW_ITEMS, field.minItems()));
				}
				if (items.size() > max) {
					violations.add(Violation.of(path, Code.TOO_MANY_ITEMS, max));
				}
				for (int i = 0; i < Math.min(items.size(), max); i++) {
					checkChildren(field, path + "[" + i + "]", cast((Map<?, ?>) items.get(i)), form, today, violations);
				}
			}
			default -> {
			}
		}
	}

	private static void checkChildren(Field group, String path, Map<String, Object> scope, Answers form, LocalDate today,
			List<Violation> violations) {
		for (Field child : group.fields()) {
			if (Conditions.holds(child.visibleIf(), form, scope)) {
				check(child, path + "." + child.id(), scope.get(child.id()), form, scope, today, violations);
			}
		}
	}

	private static void text(String path, String value, Validation rules, int defaultMax, List<Violation> violations) {
		int max = rules.maxLength() == null ? defaultMax : Math.min(rules.maxLength(), defaultMax);
		if (rules.minLength() != null && value.length() < rules.minLength()) {
			violations.add(Violation.of(path, Code.TOO_SHORT, rules.minLength()));
		}
		else if (value.length() > max) {
			violations.add(Violation.of(path, Code.TOO_LONG, max));
		}
		else if (!rules.matchesPattern(value)) {
			violations.add(new Violation(path, Code.PATTERN, List.of(), rules.patternMessage()));
		}
	}

	private static void number(String path, String value, Validation rules, List<Violation> violations) {
		BigDecimal number = Values.number(value);
		if (number == null) {
			violations.add(Violation.of(path, Code.NOT_A_NUMBER));
		}
		else if (rules.min() != null && number.compareTo(rules.min()) < 0) {
			violations.add(Violation.of(path, Code.TOO_SMALL, rules.min().toPlainString()));
		}
		else if (rules.max() != null && number.compareTo(rules.max()) > 0) {
			violations.add(Violation.of(path, Code.TOO_LARGE, rules.max().toPlainString()));
		}
	}

	private static void date(String path, String value, Validation rules, LocalDate today, List<Violation> violations) {
		LocalDate date = Values.date(value);
		if (date == null) {
			violations.add(Violation.of(path, Code.NOT_A_DATE));
			return;
		}
		LocalDate earliest = latest(rules.notBefore(),
				rules.notBeforeDaysFromToday() == null ? null : today.plusDays(rules.notBeforeDaysFromToday()));
		LocalDate latestAllowed = earliest(rules.notAfter(),
				rules.notAfterDaysFromToday() == null ? null : today.plusDays(rules.notAfterDaysFromToday()));
		if (earliest != null && date.isBefore(earliest)) {
			violations.add(Violation.of(path, Code.TOO_EARLY, GERMAN_DATE.format(earliest)));
		}
		else if (latestAllowed != null && date.isAfter(latestAllowed)) {
			violations.add(Violation.of(path, Code.TOO_LATE, GERMAN_DATE.format(latestAllowed)));
		}
	}

	private static void address(String path, Map<String, Object> address, List<Violation> violations) {
		for (String part : ADDRESS_PARTS) {
			Object value = address.get(part);
			if (!Answers.given(value)) {
				violations.add(Violation.of(path + "." + part, Code.REQUIRED));
			}
			else if (((String) value).length() > 200) {
				violations.add(Violation.of(path + "." + part, Code.TOO_LONG, 200));
			}
		}
		if (Answers.given(address.get("plz")) && !Values.germanPostcode((String) address.get("plz"))) {
			violations.add(Violation.of(path + ".plz", Code.INVALID_POSTCODE));
		}
	}

	private static void position(String path, Map<String, Object> position, List<Violation> violations) {
		BigDecimal lat = position.get("lat") instanceof String text ? Values.number(text) : null;
		BigDecimal lon = position.get("lon") instanceof String text ? Values.number(text) : null;
		if (lat == null || lon == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			violations.add(Violation.of(path, Code.INVALID_POSITION));
		}
	}

	private static @Nullable LocalDate latest(@Nullable LocalDate a, @Nullable LocalDate b) {
		return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
	}

	private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
		return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}
}
