package de.amtsportal.forms.fim;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One finding of an import, as a message key with arguments so the page can say it in the reader's language.
 * {@code path} names the place by the FIM names of the schema, group and field ("Wohnungsgeberbestätigung /
 * Wohnungsgeber / Familienname"), {@code fimId} is the FIM identifier with version of that element, {@code line}
 * its line in the file (0 where the problem concerns the file as a whole).
 */
public record ImportProblem(String key, List<String> arguments, String path, @Nullable String fimId, int line) {

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	@Override
	public String toString() {
		String place = (path.isEmpty() ? "" : path + " ") + (fimId == null ? "" : "(" + fimId + ") ") + (line > 0 ? "line " + line : "");
		return (place.isBlank() ? "" : place.strip() + ": ") + key + (arguments.isEmpty() ? "" : " " + arguments);
	}
}
