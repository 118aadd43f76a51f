package de.amtsportal.forms.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complete form: its pages in order and the rules across fields. Immutable; a published version's
 * definition never changes, editing makes a new version.
 */
public record FormDefinition(Text title, List<FormPage> pages, List<CrossFieldRule> rules) {

	public FormDefinition {
		pages = List.copyOf(pages);
		rules = rules == null ? List.of() : List.copyOf(rules);
		if (pages.isEmpty()) {
			throw new IllegalArgumentException("A form has at least one page");
		}
		Set<String> pageIds = new HashSet<>();
		Set<String> fieldIds = new HashSet<>();
		for (FormPage page : pages) {
			if (!pageIds.add(page.id())) {
				throw new IllegalArgumentException("Page id '" + page.id() + "' is used twice");
			}
			for (Field field : page.fields()) {
				if (!fieldIds.add(field.id())) {
					throw new IllegalArgumentException("Field id '" + field.id() + "' is used twice");
				}
				requireUniqueChildren(field);
			}
		}
	}

	private static void requireUniqueChildren(Field field) {
		field.requireComplete();
		Set<String> ids = new HashSet<>();
		for (Field child : field.fields()) {
			if (!ids.add(child.id())) {
				throw new IllegalArgumentException("Field id '" + child.id() + "' is used twice in '" + field.id() + "'");
			}
			requireUniqueChildren(child);
		}
	}

	public Optional<FormPage> page(String id) {
		return pages.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** The top-level field with this id, wherever its page. */
	public Optional<Field> field(String id) {
		return pages.stream().flatMap(p -> p.fields().stream()).filter(f -> f.id().equals(id)).findFirst();
	}

	/** Every field, depth first, with its dotted path ("anschrift.plz"). Repetitions are not expanded. */
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		pages.forEach(p -> p.fields().forEach(f -> collect("", f, paths)));
		return paths;
	}

	private static void collect(String prefix, Field field, List<String> paths) {
		String path = prefix + field.id();
		paths.add(path);
		field.fields().forEach(child -> collect(path + ".", child, paths));
	}
}
