package de.amtsportal.forms.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.amtsportal.forms.definition.DefinitionCheck.Problem;

/**
 * The builder's edits as pure functions on the immutable definition: each takes a definition and returns the
 * edited copy, or throws {@link Rejected} naming the property that is wrong and why. Because an edit either
 * yields a complete, consistent definition or nothing, a stored version is never half edited.
 *
 * <p>Fields are addressed by path: {@code personen} (a field on a page), {@code personen.vorname} (inside a
 * group or repetition). After every edit the whole definition is checked with {@link DefinitionCheck}; an edit
 * that adds a problem (a condition that now points nowhere, a page that now depends on a later one) is
 * rejected, while problems the definition already had do not block unrelated edits.</p>
 */
public final class DefinitionEditor {

	private static final Pattern PAGE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,59}");
	private static final Pattern FIELD_ID = Pattern.compile("[a-z][a-z0-9_]{0,59}");
	private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,59}");
	/** "pruefen" is the address of the check page in the page-by-page journey, so no page may be called so. */
	private static final List<String> RESERVED_PAGE_IDS = List.of("pruefen");

	public enum Direction {
		UP, DOWN
	}

	private DefinitionEditor() {
	}

	/** Where a field sits: its page, the group or repetition around it (null on the page itself), the field. */
	public record Located(FormPage page, @Nullable Field parent, @Nullable String parentPath, Field field, String path) {
	}

	/** An edit that cannot be made; {@link Problem#key()} is the message key below {@code forms.builder.error.}. */
	public static class Rejected extends RuntimeException {

		private final Problem problem;

		public Rejected(Problem problem) {
			super(problem.location() + " " + problem.property() + ": " + problem.key() + " " + problem.arguments());
			this.problem = problem;
		}

		static Rejected of(String location, String property, String key, Object... arguments) {
			return new Rejected(new Problem(location, property, key, List.of(arguments)));
		}

		public Problem problem() {
			return problem;
		}
	}

	// --- the form -------------------------------------------------------------------------------------

	public static FormDefinition retitle(FormDefinition definition, Text title) {
		return new FormDefinition(title, definition.pages(), definition.rules());
	}

	// --- pages ----------------------------------------------------------------------------------------

	public static FormDefinition addPage(FormDefinition definition, String id, Text title) {
		requirePageId(definition, id);
		List<FormPage> pages = new ArrayList<>(definition.pages());
		pages.add(new FormPage(id, title, List.of(), null));
		return checked(definition, new FormDefinition(definition.title(), pages, definition.rules()));
	}

	/** A page's title and condition (null: always shown); its fields stay as they are. */
	public static FormDefinition updatePage(FormDefinition definition, String pageId, Text title, @Nullable Condition visibleIf) {
		FormPage page = page(definition, pageId);
		return checked(definition, withPage(definition, new FormPage(pageId, title, page.fields(), visibleIf)));
	}

	public static FormDefinition movePage(FormDefinition definition, String pageId, Direction direction) {
		List<FormPage> pages = new ArrayList<>(definition.pages());
		int index = pages.indexOf(page(definition, pageId));
		if (!swap(pages, index, direction)) {
			return definition;
		}
		return checked(definition, new FormDefinition(definition.title(), pages, definition.rules()));
	}

	public static FormDefinition removePage(FormDefinition definition, String pageId) {
		FormPage page = page(definition, pageId);
		if (definition.pages().size() == 1) {
			throw Rejected.of("page:" + pageId, "page", "last-page");
		}
		for (Field field : page.fields()) {
			List<Text> users = DefinitionCheck.referencesTo(definition, field.id(), pageId);
			if (!users.isEmpty()) {
				throw Rejected.of("page:" + pageId, "page", "still-referenced", field.label(), users);
			}
		}
		List<FormPage> pages = new ArrayList<>(definition.pages());
		pages.remove(page);
		return checked(definition, new FormDefinition(definition.title(), pages, definition.rules()));
	}

	// --- fields ---------------------------------------------------------------------------------------

	/** Adds a field at the end of a page ({@code parentPath} null) or of a group or repetition on that page. */
	public static FormDefinition addField(FormDefinition definition, String pageId, @Nullable String parentPath, Field field) {
		FormPage page = page(definition, pageId);
		String path = parentPath == null ? field.id() : parentPath + "." + field.id();
		if (parentPath == null) {
			requireNewTopLevelId(definition, field.id(), path);
			List<Field> fields = new ArrayList<>(page.fields());
			fields.add(field);
			return checkedField(definition, withPage(definition, new FormPage(pageId, page.title(), fields, page.visibleIf())), path);
		}
		Located parent = locate(definition, parentPath).filter(l -> l.page().id().equals(pageId))
			.orElseThrow(() -> Rejected.of("field:" + parentPath, "parent", "unknown-field", parentPath));
		if (!parent.field().type().holdsChildren()) {
			throw Rejected.of("field:" + parentPath, "parent", "not-a-container", parent.field().label());
		}
		if (field.type() == FieldType.REPEAT) {
			// the page-by-page journey adds and removes repetitions only on the page itself
			throw Rejected.of("field:" + path, "type", "nested-repeat");
		}
		if (parent.field().fields().stream().anyMatch(f -> f.id().equals(field.id()))) {
			throw Rejected.of("field:" + path, "id", "duplicate-field-id", field.id());
		}
		List<Field> children = new ArrayList<>(parent.field().fields());
		children.add(field);
		return checkedField(definition, replaceAt(definition, parentPath, parent.field().withChildren(children)), path);
	}

	/**
	 * Replaces the field at {@code path} with {@code field}, which may bring a new id (refused while conditions
	 * or rules refer to the old one). Its children are those of {@code field}: pass the existing ones to keep them.
	 */
	public static FormDefinition replaceField(FormDefinition definition, String path, Field field) {
		Located located = field(definition, path);
		String newPath = located.parentPath() == null ? field.id() : located.parentPath() + "." + field.id();
		if (!field.id().equals(located.field().id())) {
			if (located.parent() == null) {
				requireNewTopLevelId(definition, field.id(), newPath);
			}
			else if (located.parent().fields().stream().anyMatch(f -> f.id().equals(field.id()))) {
				throw Rejected.of("field:" + newPath, "id", "duplicate-field-id", field.id());
			}
			List<Text> users = references(definition, path);
			if (!users.isEmpty()) {
				throw Rejected.of("field:" + newPath, "id", "id-in-use", users);
			}
		}
		if (located.parent() != null && field.type() == FieldType.REPEAT) {
			throw Rejected.of("field:" + newPath, "type", "nested-repeat");
		}
		return checkedField(definition, replaceAt(definition, path, field), newPath);
	}

	public static FormDefinition moveField(FormDefinition definition, String path, Direction direction) {
		Located located = field(definition, path);
		List<Field> siblings = new ArrayList<>(located.parent() == null ? located.page().fields() : located.parent().fields());
		if (!swap(siblings, siblings.indexOf(located.field()), direction)) {
			return definition;
		}
		return checked(definition, withSiblings(definition, located, siblings));
	}

	public static FormDefinition removeField(FormDefinition definition, String path) {
		Located located = field(definition, path);
		if (located.parent() != null && located.parent().fields().size() == 1) {
			throw Rejected.of("field:" + path, "field", "last-child", located.parent().label());
		}
		requireUnreferenced(definition, path, located.field());
		List<Field> siblings = new ArrayList<>(located.parent() == null ? located.page().fields() : located.parent().fields());
		siblings.remove(located.field());
		return checked(definition, withSiblings(definition, located, siblings));
	}

	// --- rules across fields --------------------------------------------------------------------------

	public static FormDefinition addRule(FormDefinition definition, CrossFieldRule rule) {
		requireRuleId(definition, rule.id());
		List<CrossFieldRule> rules = new ArrayList<>(definition.rules());
		rules.add(rule);
		return checkedRule(definition, new FormDefinition(definition.title(), definition.pages(), rules), rule.id());
	}

	public static FormDefinition replaceRule(FormDefinition definition, String ruleId, CrossFieldRule rule) {
		CrossFieldRule old = rule(definition, ruleId);
		if (!rule.id().equals(ruleId)) {
			requireRuleId(definition, rule.id());
		}
		List<CrossFieldRule> rules = new ArrayList<>(definition.rules());
		rules.set(rules.indexOf(old), rule);
		return checkedRule(definition, new FormDefinition(definition.title(), definition.pages(), rules), rule.id());
	}

	public static FormDefinition removeRule(FormDefinition definition, String ruleId) {
		List<CrossFieldRule> rules = new ArrayList<>(definition.rules());
		rules.remove(rule(definition, ruleId));
		return new FormDefinition(definition.title(), definition.pages(), rules);
	}

	// --- finding things -------------------------------------------------------------------------------

	/** The field at a path ("personen.vorname"), with its page and parent. */
	public static Optional<Located> locate(FormDefinition definition, String path) {
		String[] parts = path.split("\\.");
		for (FormPage page : definition.pages()) {
			Field current = find(page.fields(), parts[0]);
			if (current == null) {
				continue;
			}
			Field parent = null;
			StringBuilder parentPath = null;
			for (int i = 1; i < parts.length; i++) {
				Field child = find(current.fields(), parts[i]);
				if (child == null) {
					return Optional.empty();
				}
				parentPath = parentPath == null ? new StringBuilder(parts[0]) : parentPath.append('.').append(parts[i - 1]);
				parent = current;
				current = child;
			}
			return Optional.of(new Located(page, parent, parentPath == null ? null : parentPath.toString(), current, path));
		}
		return Optional.empty();
	}

	/** Where conditions and rules refer to this field or anything inside it, in words for a message. */
	public static List<Text> references(FormDefinition definition, String path) {
		return DefinitionCheck.referencesTo(definition, path, null);
	}

	// --- the machinery --------------------------------------------------------------------------------

	private static @Nullable Field find(List<Field> fields, String id) {
		return fields.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
	}

	private static FormPage page(FormDefinition definition, String pageId) {
		return definition.page(pageId).orElseThrow(() -> Rejected.of("page:" + pageId, "page", "unknown-page", pageId));
	}

	private static Located field(FormDefinition definition, String path) {
		return locate(definition, path).orElseThrow(() -> Rejected.of("field:" + path, "field", "unknown-field", path));
	}

	private static CrossFieldRule rule(FormDefinition definition, String ruleId) {
		return definition.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
			.orElseThrow(() -> Rejected.of("rule:" + ruleId, "rule", "unknown-rule", ruleId));
	}

	private static void requirePageId(FormDefinition definition, String id) {
		if (!PAGE_ID.matcher(id).matches() || RESERVED_PAGE_IDS.contains(id)) {
			throw Rejected.of("page:" + id, "id", "page-id-format", id);
		}
		if (definition.page(id).isPresent()) {
			throw Rejected.of("page:" + id, "id", "duplicate-page-id", id);
		}
	}

	private static void requireNewTopLevelId(FormDefinition definition, String id, String path) {
		if (!FIELD_ID.matcher(id).matches()) {
			throw Rejected.of("field:" + path, "id", "field-id-format", id);
		}
		Optional<Located> existing = locate(definition, id);
		if (existing.isPresent()) {
			throw Rejected.of("field:" + path, "id", "duplicate-field-id-on-page", id, existing.get().page().title());
		}
	}

	private static void requireRuleId(FormDefinition definition, String id) {
		if (!RULE_ID.matcher(id).matches()) {
			throw Rejected.of("rule:" + id, "id", "rule-id-format", id);
		}
		if (definition.rules().stream().anyMatch(r -> r.id().equals(id))) {
			throw Rejected.of("rule:" + id, "id", "duplicate-rule-id", id);
		}
	}

	private static void requireUnreferenced(FormDefinition definition, String path, Field field) {
		List<Text> users = references(definition, path);
		if (!users.isEmpty()) {
			throw Rejected.of("field:" + path, "field", "still-referenced", field.label(), users);
		}
	}

	private static <T> boolean swap(List<T> items, int index, Direction direction) {
		int other = direction == Direction.UP ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= items.size()) {
			return false;
		}
		T item = items.get(index);
		items.set(index, items.get(other));
		items.set(other, item);
		return true;
	}

	private static FormDefinition withPage(FormDefinition definition, FormPage page) {
		List<FormPage> pages = definition.pages().stream().map(p -> p.id().equals(page.id()) ? page : p).toList();
		return build(() -> new FormDefinition(definition.title(), pages, definition.rules()), "page:" + page.id());
	}

	private static FormDefinition withSiblings(FormDefinition definition, Located located, List<Field> siblings) {
		if (located.parent() == null) {
			FormPage page = located.page();
			return withPage(definition, new FormPage(page.id(), page.title(), siblings, page.visibleIf()));
		}
		return replaceAt(definition, located.parentPath(), located.parent().withChildren(siblings));
	}

	/** The definition with the field at {@code path} replaced, rebuilding the groups above it. */
	private static FormDefinition replaceAt(FormDefinition definition, String path, Field replacement) {
		Located located = field(definition, path);
		FormPage page = located.page();
		String[] parts = path.split("\\.");
		List<Field> fields = page.fields().stream()
			.map(f -> f.id().equals(parts[0]) ? replaceIn(f, parts, 1, replacement) : f).toList();
		return withPage(definition, new FormPage(page.id(), page.title(), fields, page.visibleIf()));
	}

	private static Field replaceIn(Field current, String[] parts, int depth, Field replacement) {
		if (depth == parts.length) {
			return replacement;
		}
		UnaryOperator<Field> descend = f -> f.id().equals(parts[depth]) ? replaceIn(f, parts, depth + 1, replacement) : f;
		return current.withChildren(current.fields().stream().map(descend).toList());
	}

	/** Constructing a definition checks ids and completeness; its complaint becomes a rejection. */
	private static FormDefinition build(Supplier<FormDefinition> constructor, String location) {
		try {
			return constructor.get();
		}
		catch (IllegalArgumentException e) {
			throw Rejected.of(location, "definition", "incomplete", e.getMessage());
		}
	}

	private static FormDefinition checked(FormDefinition before, FormDefinition after) {
		List<Problem> known = DefinitionCheck.problems(before);
		for (Problem problem : DefinitionCheck.problems(after)) {
			if (!known.contains(problem)) {
				throw new Rejected(problem);
			}
		}
		return after;
	}

	/** Problems of the edited field itself come first, so the message shows at the input that caused it. */
	private static FormDefinition checkedField(FormDefinition before, FormDefinition after, String path) {
		List<Problem> own = DefinitionCheck.problems(after).stream()
			.filter(p -> p.location().equals("field:" + path)).toList();
		if (!own.isEmpty()) {
			throw new Rejected(own.get(0));
		}
		return checked(before, after);
	}

	private static FormDefinition checkedRule(FormDefinition before, FormDefinition after, String ruleId) {
		List<Problem> own = DefinitionCheck.problems(after).stream()
			.filter(p -> p.location().equals("rule:" + ruleId)).toList();
		if (!own.isEmpty()) {
			throw new Rejected(own.get(0));
		}
		return checked(before, after);
	}
}
