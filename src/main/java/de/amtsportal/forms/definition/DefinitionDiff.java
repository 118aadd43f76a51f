package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two definitions of a form, page by page and field by field, with each changed property's
 * old and new value — the material for a comparison that reviewers read without looking at JSON. Pages, fields and
 * rules are matched by their ids; a top-level field that went to another page is a change of its page, not a
 * removal and an addition. A change of order is only reported where the items present in both versions changed
 * their order among themselves, so adding a field does not mark all the fields after it as moved.
 */
public record DefinitionDiff(List<PropertyChange> form, List<PageChange> pages, List<RuleChange> rules) {

	public enum Kind {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	public enum Property {
		TITLE, POSITION, PAGE, CONDITION, TYPE, LABEL, HINT, REQUIRED, MIN_LENGTH, MAX_LENGTH, PATTERN, PATTERN_MESSAGE,
		MIN, MAX, NOT_BEFORE, NOT_AFTER, NOT_BEFORE_DAYS, NOT_AFTER_DAYS, OPTIONS, UPLOAD, MIN_ITEMS, MAX_ITEMS, WHEN,
		REQUIRE, MESSAGE, FIELDS
	}

	/** One property with its value before and after; values are texts, numbers, booleans, conditions, options… */
	public record PropertyChange(Property property, @Nullable Object before, @Nullable Object after) {
	}

	/** A field: {@code depth} 0 on the page, 1 inside a group or repetition, and so on. */
	public record FieldChange(String path, int depth, Kind kind, @Nullable Field before, @Nullable Field after,
			List<PropertyChange> changes) {

		public Field field() {
			return after != null ? after : Objects.requireNonNull(before);
		}
	}

	public record PageChange(String pageId, Kind kind, @Nullable FormPage before, @Nullable FormPage after,
			List<PropertyChange> changes, List<FieldChange> fields) {

		public FormPage page() {
			return after != null ? after : Objects.requireNonNull(before);
		}

		/** Whether anything on or about this page changed. */
		public boolean touched() {
			return kind != Kind.UNCHANGED || fields.stream().anyMatch(f -> f.kind() != Kind.UNCHANGED);
		}
	}

	public record RuleChange(String ruleId, Kind kind, @Nullable CrossFieldRule before, @Nullable CrossFieldRule after,
			List<PropertyChange> changes) {
	}

	public DefinitionDiff {
		form = List.copyOf(form);
		pages = List.copyOf(pages);
		rules = List.copyOf(rules);
	}

	/** Whether the two definitions are the same in everything a reader would notice. */
	public boolean isEmpty() {
		return form.isEmpty() && pages.stream().noneMatch(PageChange::touched)
				&& rules.stream().allMatch(r -> r.kind() == Kind.UNCHANGED);
	}

	public static DefinitionDiff between(FormDefinition before, FormDefinition after) {
		List<PropertyChange> form = new ArrayList<>();
		compare(form, Property.TITLE, before.title(), after.title());
		return new DefinitionDiff(form, pages(before, after), rules(before, after));
	}

	private static List<PageChange> pages(FormDefinition before, FormDefinition after) {
		Map<String, FormPage> old = index(before.pages(), FormPage::id);
		Map<String, FormPage> now = index(after.pages(), FormPage::id);
		List<String> moved = reordered(before.pages().stream().map(FormPage::id).toList(), after.pages().stream().map(FormPage::id).toList());
		Map<String, FormPage> oldPageOfField = new LinkedHashMap<>();
		before.pages().forEach(p -> p.fields().forEach(f -> oldPageOfField.put(f.id(), p)));
		Map<String, FormPage> newPageOfField = new LinkedHashMap<>();
		after.pages().forEach(p -> p.fields().forEach(f -> newPageOfField.put(f.id(), p)));

		List<PageChange> changes = new ArrayList<>();
		for (FormPage page : after.pages()) {
			FormPage previous = old.get(page.id());
			List<PropertyChange> properties = new ArrayList<>();
			if (previous != null) {
				compare(properties, Property.TITLE, previous.title(), page.title());
				compare(properties, Property.CONDITION, previous.visibleIf(), page.visibleIf());
				if (moved.contains(page.id())) {
					properties.add(new PropertyChange(Property.POSITION, before.pages().indexOf(previous) + 1, after.pages().indexOf(page) + 1));
				}
			}
			List<FieldChange> fields = new ArrayList<>();
			// fields now on this page: before, they were on this page or came from another one
			List<Field> earlier = new ArrayList<>();
			for (Field field : page.fields()) {
				FormPage from = oldPageOfField.get(field.id());
				if (from != null) {
					earlier.add(from.fields().stream().filter(f -> f.id().equals(field.id())).findFirst().orElseThrow());
				}
			}
			List<Field> samePage = previous == null ? List.of() : previous.fields();
			fields(fields, "", 0, samePage, page.fields(), earlier, oldPageOfField, page);
			if (previous != null) {
				for (Field gone : previous.fields()) {
					if (!newPageOfField.containsKey(gone.id())) {
						removed(fields, gone, gone.id(), 0);
					}
				}
			}
			Kind kind = previous == null ? Kind.ADDED : properties.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED;
			changes.add(new PageChange(page.id(), kind, previous, page, properties, fields));
		}
		for (FormPage page : before.pages()) {
			if (!now.containsKey(page.id())) {
				List<FieldChange> fields = new ArrayList<>();
				page.fields().stream().filter(f -> !newPageOfField.containsKey(f.id())).forEach(f -> removed(fields, f, f.id(), 0));
				changes.add(new PageChange(page.id(), Kind.REMOVED, page, null, List.of(), fields));
			}
		}
		return changes;
	}

	/**
	 * The fields of one level, in their new order. {@code sameLevel} are the old fields of this level (for order);
	 * {@code candidates} the old versions of the new fields wherever they were (top level: any page).
	 */
	private static void fields(List<FieldChange> out, String prefix, int depth, List<Field> sameLevel, List<Field> now,
			List<Field> candidates, Map<String, FormPage> oldPageOfField, FormPage page) {
		Map<String, Field> old = index(candidates, Field::id);
		List<String> moved = reordered(sameLevel.stream().map(Field::id).toList(), now.stream().map(Field::id).toList());
		for (Field field : now) {
			String path = prefix + field.id();
			Field previous = old.get(field.id());
			if (previous == null) {
				added(out, field, path, depth);
				continue;
			}
			List<PropertyChange> properties = properties(previous, field);
			if (depth == 0) {
				FormPage from = oldPageOfField.get(field.id());
				if (from != null && !from.id().equals(page.id())) {
					properties.add(0, new PropertyChange(Property.PAGE, from.title(), page.title()));
				}
			}
			if (moved.contains(field.id())) {
				properties.add(new PropertyChange(Property.POSITION, sameLevel.indexOf(previous) + 1, now.indexOf(field) + 1));
			}
			out.add(new FieldChange(path, depth, properties.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, previous, field, properties));
			if (field.type().holdsChildren() || previous.type().holdsChildren()) {
				fields(out, path + ".", depth + 1, previous.fields(), field.fields(), previous.fields(), oldPageOfField, page);
				for (Field gone : previous.fields()) {
					if (field.fields().stream().noneMatch(f -> f.id().equals(gone.id()))) {
						removed(out, gone, path + "." + gone.id(), depth + 1);
					}
				}
			}
		}
	}

	private static void added(List<FieldChange> out, Field field, String path, int depth) {
		out.add(new FieldChange(path, depth, Kind.ADDED, null, field, List.of()));
		field.fields().forEach(child -> added(out, child, path + "." + child.id(), depth + 1));
	}

	private static void removed(List<FieldChange> out, Field field, String path, int depth) {
		out.add(new FieldChange(path, depth, Kind.REMOVED, field, null, List.of()));
		field.fields().forEach(child -> removed(out, child, path + "." + child.id(), depth + 1));
	}

	private static List<PropertyChange> properties(Field before, Field after) {
		List<PropertyChange> changes = new ArrayList<>();
		compare(changes, Property.TYPE, before.type(), after.type());
		compare(changes, Property.LABEL, before.label(), after.label());
		compare(changes, Property.HINT, before.hint(), after.hint());
		compare(changes, Property.REQUIRED, before.required(), after.required());
		Validation old = before.rules();
		Validation now = after.rules();
		compare(changes, Property.MIN_LENGTH, old.minLength(), now.minLength());
		compare(changes, Property.MAX_LENGTH, old.maxLength(), now.maxLength());
		compare(changes, Property.PATTERN, old.pattern(), now.pattern());
		compare(changes, Property.PATTERN_MESSAGE, old.patternMessage(), now.patternMessage());
		compareNumbers(changes, Property.MIN, old.min(), now.min());
		compareNumbers(changes, Property.MAX, old.max(), now.max());
		compare(changes, Property.NOT_BEFORE, old.notBefore(), now.notBefore());
		compare(changes, Property.NOT_AFTER, old.notAfter(), now.notAfter());
		compare(changes, Property.NOT_BEFORE_DAYS, old.notBeforeDaysFromToday(), now.notBeforeDaysFromToday());
		compare(changes, Property.NOT_AFTER_DAYS, old.notAfterDaysFromToday(), now.notAfterDaysFromToday());
		compare(changes, Property.OPTIONS, before.options(), after.options());
		compare(changes, Property.UPLOAD, before.upload(), after.upload());
		compare(changes, Property.MIN_ITEMS, before.minItems(), after.minItems());
		compare(changes, Property.MAX_ITEMS, before.maxItems(), after.maxItems());
		compare(changes, Property.CONDITION, before.visibleIf(), after.visibleIf());
		return changes;
	}

	private static List<RuleChange> rules(FormDefinition before, FormDefinition after) {
		Map<String, CrossFieldRule> old = index(before.rules(), CrossFieldRule::id);
		List<RuleChange> changes = new ArrayList<>();
		for (CrossFieldRule rule : after.rules()) {
			CrossFieldRule previous = old.get(rule.id());
			if (previous == null) {
				changes.add(new RuleChange(rule.id(), Kind.ADDED, null, rule, List.of()));
				continue;
			}
			List<PropertyChange> properties = new ArrayList<>();
			compare(properties, Property.WHEN, previous.when(), rule.when());
			compare(properties, Property.REQUIRE, previous.require(), rule.require());
			compare(properties, Property.MESSAGE, previous.message(), rule.message());
			compare(properties, Property.FIELDS, previous.fields(), rule.fields());
			changes.add(new RuleChange(rule.id(), properties.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, previous, rule, properties));
		}
		for (CrossFieldRule rule : before.rules()) {
			if (after.rules().stream().noneMatch(r -> r.id().equals(rule.id()))) {
				changes.add(new RuleChange(rule.id(), Kind.REMOVED, rule, null, List.of()));
			}
		}
		return changes;
	}

	private static void compare(List<PropertyChange> changes, Property property, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new PropertyChange(property, before, after));
		}
	}

	/** 10 and 10.0 are the same bound. */
	private static void compareNumbers(List<PropertyChange> changes, Property property, @Nullable BigDecimal before,
			@Nullable BigDecimal after) {
		if (before == null || after == null ? before != after : before.compareTo(after) != 0) {
			changes.add(new PropertyChange(property, before, after));
		}
	}

	/** The ids kept in both lists whose order among each other changed (those not on a longest common order). */
	static List<String> reordered(List<String> before, List<String> after) {
		List<String> a = before.stream().filter(after::contains).toList();
		List<String> b = after.stream().filter(before::contains).toList();
		int[][] lengths = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<String> stable = new ArrayList<>();
		for (int i = 0, j = 0; i < a.size() && j < b.size();) {
			if (a.get(i).equals(b.get(j))) {
				stable.add(a.get(i));
				i++;
				j++;
			}
			else if (lengths[i + 1][j] > lengths[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		return b.stream().filter(id -> !stable.contains(id)).toList();
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(id.apply(item), item));
		return map;
	}
}
