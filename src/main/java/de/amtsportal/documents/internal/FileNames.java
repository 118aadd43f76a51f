package de.amtsportal.documents.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Uploaders' file names reduced to something safe to show and to offer as a download name: the last path
 * segment only, no control or direction-override characters (which disguise {@code gpj.exe} as {@code exe.jpg}),
 * none of the characters Windows forbids, no leading dots, at most {@value #MAX_LENGTH} characters with the
 * extension kept. Umlauts and other letters stay.
 */
final class FileNames {

	static final int MAX_LENGTH = 120;
	private static final String FALLBACK = "Datei";
	private static final String FORBIDDEN = "<>:\"|?*";

	private FileNames() {
	}

	static String safe(String original) {
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().forEach(c -> {
			int type = Character.getType(c);
			boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE;
			if (!invisible && FORBIDDEN.indexOf(c) < 0) {
				kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
			}
		});
		name = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
		return shorten(name.isEmpty() ? FALLBACK : name);
	}

	/**
	 * The name with an extension that fits the detected type, so that a download opens in the right program:
	 * {@code rechnung.pdf} stays, a PNG named {@code rechnung.pdf} becomes {@code rechnung.pdf.png}.
	 */
	static String withExtension(String safeName, List<String> extensionsOfType) {
		if (extensionsOfType.isEmpty()) {
			return safeName;
		}
		String lower = safeName.toLowerCase(Locale.ROOT);
		if (extensionsOfType.stream().anyMatch(extension -> lower.endsWith(extension.toLowerCase(Locale.ROOT)))) {
			return safeName;
		}
		return shorten(safeName + extensionsOfType.get(0));
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
		return base.substring(0, base.offsetByCodePoints(0, keep)).stripTrailing() + extension;
	}
}
