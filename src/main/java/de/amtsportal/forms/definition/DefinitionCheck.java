package de.amtsportal.forms.definition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.Condition.Operator;

/**
 * What the records alone cannot guarantee: that each field's own settings fit together (a pattern that
 * compiles, a minimum not above its maximum, distinct option values) and that every condition and rule refers
 * to a field that exists, can be answered, and is asked before it is needed. The builder checks after every
 * edit and the JSON import before anything is stored, so a citizen never meets a form that cannot work.
 */
public final class DefinitionCheck {

	public static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
	public static final int MAX_UPLOAD_COUNT = 20;
	private static final Pattern OPTION_VALUE = Pattern.compile("[^,\\s](?:[^,]{0,98}[^,\\s])?");
	private static final Set<Operator> ORDERING = Set.of(Operator.GREATER_THAN, Operator.GREATER_OR_EQUAL, Operator.LESS_THAN,
			Operator.LESS_OR_EQUAL);

	/**
	 * One thing wrong: where ({@code form}, {@code page:<id>}, {@code field:<path>}, {@code rule:<id>}), which property
	 * of it, and the message key below {@code forms.builder.error.} with its arguments (texts, numbers, lists of texts).
	 */
	public record Problem(String location, String property, String key, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}
	}

	private DefinitionCheck() {
	}

	/** Every problem of the definition, in page and field order, then the rules. */
	public static List<Problem> problems(FormDefinition definition) {
		List<Problem> problems = new ArrayList<>();
		List<FormPage> pages = definition.pages();
		for (int index = 0; index < pages.size(); index++) {
			FormPage page = pages.get(index);
			if (page.visibleIf() != null) {
				new ConditionCheck(definition, "page:" + page.id(), "visibleIf", null, null, index, true, problems)
					.check(page.visibleIf());
			}
			for (Field field : page.fields()) {
				checkTree(definition, field, field.id(), null, null, index, problems);
			}
		}
		Set<String> ruleIds = new HashSet<>();
		for (CrossFieldRule rule : definition.rules()) {
			String location = "rule:" + rule.id();
			if (!ruleIds.add(rule.id())) {
				problems.add(problem(location, "id", "duplicate-rule-id", rule.id()));
			}
			new ConditionCheck(definition, location, "when", null, null, Integer.MAX_VALUE, false, problems).check(rule.when());
			new ConditionCheck(definition, location, "require", null, null, Integer.MAX_VALUE, false, problems).check(rule.require());
			for (String path : rule.fields()) {
				Target target = resolve(definition, null, null, path);
				if (target == null) {
					problems.add(problem(location, "fields", "rule-unknown-field", path));
				}
				else if (target.throughRepeat()) {
					problems.add(problem(location, "fields", "condition-into-repeat", target.field().label()));
				}
			}
		}
		return problems;
	}

	/**
	 * Names of the pages, fields and rules whose conditions refer to this field or to anything inside it; those on
	 * {@code exceptPageId} are left out (they go when that page goes).
	 */
	static List<Text> referencesTo(FormDefinition definition, String path, @Nullable String exceptPageId) {
		List<Text> users = new ArrayList<>();
		for (FormPage page : definition.pages()) {
			if (page.id().equals(exceptPageId)) {
				continue;
			}
			if (page.visibleIf() != null && refers(definition, page.visibleIf(), null, null, path)) {
				users.add(page.title());
			}
			for (Field each : page.fields()) {
				collectUsers(definition, each, each.id(), null, null, path, users);
			}
		}
		for (CrossFieldRule rule : definition.rules()) {
			boolean named = rule.fields().stream().anyMatch(f -> f.equals(path) || f.startsWith(path + "."));
			if (named || refers(definition, rule.when(), null, null, path) || refers(definition, rule.require(), null, null, path)) {
				users.add(Text.of(rule.id(), null));
			}
		}
		return users.stream().distinct().toList();
	}

	private static void collectUsers(FormDefinition definition, Field field, String fieldPath, @Nullable Field container,
			@Nullable String containerPath, String path, List<Text> users) {
		boolean inside = fieldPath.equals(path) || fieldPath.startsWith(path + ".");
		if (!inside && field.visibleIf() != null && refers(definition, field.visibleIf(), container, containerPath, path)) {
			users.add(field.label());
		}
		for (Field child : field.fields()) {
			collectUsers(definition, child, fieldPath + "." + child.id(), field, fieldPath, path, users);
		}
	}

	private static boolean refers(FormDefinition definition, Condition condition, @Nullable Field container,
			@Nullable String containerPath, String path) {
		if (condition.all() != null) {
			return condition.all().stream().anyMatch(c -> refers(definition, c, container, containerPath, path));
		}
		if (condition.any() != null) {
			return condition.any().stream().anyMatch(c -> refers(definition, c, container, containerPath, path));
		}
		if (condition.not() != null) {
			return refers(definition, condition.not(), container, containerPath, path);
		}
		List<String> named = new ArrayList<>();
		named.add(condition.field());
		if (isPathValue(condition.value())) {
			named.add(condition.value().substring(1, condition.value().length() - 1));
		}
		for (String each : named) {
			Target target = resolve(definition, container, containerPath, each);
			if (target != null && (target.path().equals(path) || target.path().startsWith(path + "."))) {
				return true;
			}
		}
		return false;
	}

	private static void checkTree(FormDefinition definition, Field field, String path, @Nullable Field container,
			@Nullable String containerPath, int pageIndex, List<Problem> problems) {
		String location = "field:" + path;
		checkField(field, location, problems);
		if (field.visibleIf() != null) {
			new ConditionCheck(definition, location, "visibleIf", container, containerPath, pageIndex, false, problems)
				.self(path).check(field.visibleIf());
		}
		for (Field child : field.fields()) {
			if (child.type() == FieldType.REPEAT) {
				problems.add(problem("field:" + path + "." + child.id(), "type", "nested-repeat"));
			}
			checkTree(definition, child, path + "." + child.id(), field, path, pageIndex, problems);
		}
	}

	/** The settings of one field, without looking at the rest of the form. */
	static void checkField(Field field, String location, List<Problem> problems) {
		Validation rules = field.rules();
		switch (field.type()) {
			case TEXT, LONG_TEXT -> {
				int cap = field.type() == FieldType.TEXT ? FormValidator.DEFAULT_TEXT_MAX : FormValidator.DEFAULT_LONG_TEXT_MAX;
				if (rules.minLength() != null && rules.minLength() < 0) {
					problems.add(problem(location, "minLength", "not-negative"));
				}
				if (rules.maxLength() != null && rules.maxLength() < 1) {
					problems.add(problem(location, "maxLength", "at-least-one"));
				}
				else if (rules.maxLength() != null && rules.maxLength() > cap) {
					problems.add(problem(location, "maxLength", "length-cap", cap));
				}
				if (rules.minLength() != null && rules.maxLength() != null && rules.minLength() > rules.maxLength()) {
					problems.add(problem(location, "minLength", "length-range", rules.minLength(), rules.maxLength()));
				}
				if (rules.pattern() != null) {
					try {
						// the usual syntax, so a typo such as "{1,3-" is reported rather than matched literally …
						Pattern.compile(rules.pattern());
						// … and RE2, as the validator runs it: linear time, no back-references or look-around
						com.google.re2j.Pattern.compile(rules.pattern());
						if (rules.patternMessage() == null) {
							problems.add(problem(location, "patternMessage", "pattern-message-missing"));
						}
					}
					catch (java.util.regex.PatternSyntaxException e) {
						problems.add(problem(location, "pattern", "pattern-invalid", e.getDescription(), Math.max(e.getIndex(), 0) + 1));
					}
					catch (com.google.re2j.PatternSyntaxException e) {
						problems.add(problem(location, "pattern", "pattern-invalid", e.getDescription(), 1));
					}
				}
			}
			case NUMBER -> {
				if (rules.min() != null && rules.max() != null && rules.min().compareTo(rules.max()) > 0) {
					problems.add(problem(location, "min", "number-range", rules.min().toPlainString(), rules.max().toPlainString()));
				}
			}
			case DATE -> {
				if (rules.notBefore() != null && rules.notAfter() != null && rules.notBefore().isAfter(rules.notAfter())) {
					problems.add(problem(location, "notBefore", "date-range", german(rules.notBefore()), german(rules.notAfter())));
				}
				if (rules.notBeforeDaysFromToday() != null && rules.notAfterDaysFromToday() != null
						&& rules.notBeforeDaysFromToday() > rules.notAfterDaysFromToday()) {
					problems.add(problem(location, "notBeforeDays", "days-range", rules.notBeforeDaysFromToday(),
							rules.notAfterDaysFromToday()));
				}
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				if (field.choices().isEmpty()) {
					problems.add(problem(location, "options", "options-missing"));
				}
				Set<String> values = new HashSet<>();
				for (Option option : field.choices()) {
					if (!OPTION_VALUE.matcher(option.value()).matches()) {
						problems.add(problem(location, "options", "option-value-format", option.value()));
					}
					else if (!values.add(option.value())) {
						problems.add(problem(location, "options", "option-value-duplicate", option.value()));
					}
				}
			}
			case FILE, PHOTO -> {
				Upload upload = field.upload();
				if (upload != null) {
					if (upload.mediaTypes().isEmpty()) {
						problems.add(problem(location, "mediaTypes", "upload-types-missing"));
					}
					if (upload.maxBytes() > MAX_UPLOAD_BYTES) {
						problems.add(problem(location, "maxMegabytes", "upload-size", MAX_UPLOAD_BYTES / 1024 / 1024));
					}
					if (upload.maxCount() > MAX_UPLOAD_COUNT) {
						problems.add(problem(location, "maxCount", "upload-count", MAX_UPLOAD_COUNT));
					}
				}
			}
			case REPEAT -> {
				if (field.minItems() != null && field.minItems() < 0) {
					problems.add(problem(location, "minItems", "not-negative"));
				}
				if (field.maxItems() != null && field.maxItems() < 1) {
					problems.add(problem(location, "maxItems", "at-least-one"));
				}
				else if (field.maxItems() != null && field.maxItems() > FormValidator.DEFAULT_MAX_ITEMS) {
					problems.add(problem(location, "maxItems", "items-cap", FormValidator.DEFAULT_MAX_ITEMS));
				}
				if (field.minItems() != null && field.maxItems() != null && field.minItems() > field.maxItems()) {
					problems.add(problem(location, "minItems", "items-range", field.minItems(), field.maxItems()));
				}
			}
			default -> {
			}
		}
	}

	private static String german(LocalDate date) {
		return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	private static Problem problem(String location, String property, String key, Object... arguments) {
		return new Problem(location, property, key, Arrays.asList(arguments));
	}

	private static boolean isPathValue(@Nullable String value) {
		return value != null && value.length() > 2 && value.startsWith("{") && value.endsWith("}");
	}

	/** A field a condition names: where it is, on which page, and whether the way there enters a repetition. */
	private record Target(Field field, String path, int pageIndex, boolean throughRepeat) {
	}

	/**
	 * Resolves a condition's path the way {@link Conditions} evaluates it: inside a group or repetition first
	 * among the fields of that container, then from the top of the form.
	 */
	private static @Nullable Target resolve(FormDefinition definition, @Nullable Field container, @Nullable String containerPath,
			String path) {
		String[] parts = path.split("\\.");
		if (container != null) {
			Target local = walk(container.fields(), parts, containerPath + ".", -1);
			if (local != null) {
				return local;
			}
		}
		List<FormPage> pages = definition.pages();
		for (int index = 0; index < pages.size(); index++) {
			Target target = walk(pages.get(index).fields(), parts, "", index);
			if (target != null) {
				return target;
			}
		}
		return null;
	}

	private static @Nullable Target walk(List<Field> fields, String[] parts, String prefix, int pageIndex) {
		Field current = null;
		List<Field> level = fields;
		boolean throughRepeat = false;
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			current = level.stream().filter(f -> f.id().equals(part)).findFirst().orElse(null);
			if (current == null) {
				return null;
			}
			if (i < parts.length - 1 && current.type() == FieldType.REPEAT) {
				throughRepeat = true;
			}
			level = current.fields();
		}
		return new Target(current, prefix + String.join(".", parts), pageIndex, throughRepeat);
	}

	/** Checks one condition tree of a page, field or rule. */
	private static final class ConditionCheck {

		private final FormDefinition definition;
		private final String location;
		private final String property;
		private final @Nullable Field container;
		private final @Nullable String containerPath;
		private final int pageIndex;
		private final boolean ofPage;
		private final List<Problem> problems;
		private @Nullable String self;

		ConditionCheck(FormDefinition definition, String location, String property, @Nullable Field container,
				@Nullable String containerPath, int pageIndex, boolean ofPage, List<Problem> problems) {
			this.definition = definition;
			this.location = location;
			this.property = property;
			this.container = container;
			this.containerPath = containerPath;
			this.pageIndex = pageIndex;
			this.ofPage = ofPage;
			this.problems = problems;
		}

		ConditionCheck self(String path) {
			this.self = path;
			return this;
		}

		void check(Condition condition) {
			if (condition.all() != null) {
				condition.all().forEach(this::check);
			}
			else if (condition.any() != null) {
				condition.any().forEach(this::check);
			}
			else if (condition.not() != null) {
				check(condition.not());
			}
			else {
				comparison(condition);
			}
		}

		private void comparison(Condition condition) {
			Target target = reference(condition.field());
			if (target == null) {
				return;
			}
			Field field = target.field();
			Operator operator = condition.operator();
			String value = condition.value();
			if (operator == Operator.ANSWERED || operator == Operator.EMPTY) {
				return;
			}
			if (value == null || value.isBlank()) {
				add("condition-value-missing", field.label());
				return;
			}
			if (isPathValue(value)) {
				reference(value.substring(1, value.length() - 1));
				return;
			}
			if (ORDERING.contains(operator)) {
				if (field.type() == FieldType.NUMBER && Values.number(value) == null) {
					add("condition-value-number", field.label(), value);
				}
				else if (field.type() == FieldType.DATE && Values.date(value) == null) {
					add("condition-value-date", field.label(), value);
				}
				else if (field.type() != FieldType.NUMBER && field.type() != FieldType.DATE) {
					add("condition-order-type", field.label());
				}
				return;
			}
			List<String> allowed = field.type() == FieldType.YES_NO ? List.of("ja", "nein")
					: field.type().hasOptions() ? field.choices().stream().map(Option::value).toList() : null;
			if (allowed == null) {
				if (field.type() == FieldType.NUMBER && operator != Operator.IN && Values.number(value) == null) {
					add("condition-value-number", field.label(), value);
				}
				else if (field.type() == FieldType.DATE && operator != Operator.IN && Values.date(value) == null) {
					add("condition-value-date", field.label(), value);
				}
				return;
			}
			List<String> given = operator == Operator.IN ? Arrays.stream(value.split(",")).map(String::strip).toList() : List.of(value);
			for (String each : given) {
				if (!allowed.contains(each)) {
					add("condition-unknown-option", field.label(), each, String.join(", ", allowed));
					return;
				}
			}
		}

		/** The field a path names, after checking that it may be named here; null (and a problem) if not. */
		private @Nullable Target reference(@Nullable String path) {
			if (path == null || path.isBlank()) {
				add("condition-field-missing");
				return null;
			}
			Target target = resolve(definition, container, containerPath, path);
			if (target == null) {
				add("condition-unknown-field", path);
				return null;
			}
			Field field = target.field();
			if (self != null && (target.path().equals(self) || target.path().startsWith(self + "."))) {
				add("condition-self", field.label());
				return null;
			}
			if (!field.type().isAnswered()) {
				add("condition-not-answerable", field.label());
				return null;
			}
			if (target.throughRepeat()) {
				add("condition-into-repeat", field.label());
				return null;
			}
			if (target.pageIndex() >= 0 && ofPage && target.pageIndex() >= pageIndex) {
				add("page-condition-order", field.label());
				return null;
			}
			if (target.pageIndex() >= 0 && !ofPage && target.pageIndex() > pageIndex) {
				add("condition-later-page", field.label());
				return null;
			}
			return target;
		}

		private void add(String key, Object... arguments) {
			problems.add(problem(location, property, key, arguments));
		}
	}
}
