package de.amtsportal.forms.fim;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Field ids made from FIM names, unique among the siblings that share one instance: "Straße" → "strasse",
 * "Datum des Einzugs" → "datum_des_einzugs", a second "Name" → "name_2". Ids follow the definition language
 * ({@code [a-z][a-z0-9_]{0,59}}), so they can be read in exports and answers.
 */
final class SiblingIds {

	static final int MAX_LENGTH = 60;

	private final Set<String> used = new HashSet<>();

	String next(String name) {
		String base = base(name);
		String id = base;
		for (int n = 2; !used.add(id); n++) {
			String suffix = "_" + n;
			id = trim(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
		}
		return id;
	}

	static String base(String name) {
		String ascii = name.toLowerCase(Locale.ROOT)
			.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		ascii = Normalizer.normalize(ascii, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String id = trim(ascii.replaceAll("[^a-z0-9]+", "_"));
		if (id.isEmpty()) {
			return "feld";
		}
		if (!Character.isLetter(id.charAt(0))) {
			id = "f_" + id;
		}
		return trim(id.substring(0, Math.min(id.length(), MAX_LENGTH)));
	}

	private static String trim(String id) {
		return id.replaceAll("^_+|_+$", "");
	}
}
