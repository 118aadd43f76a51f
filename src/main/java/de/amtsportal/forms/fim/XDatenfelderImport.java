package de.amtsportal.forms.fim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Imports a FIM Stammdatenschema (an XDatenfelder 2.0 or 3.0 {@code xdatenfelder.stammdatenschema.0102} message)
 * as a form definition.
 *
 * <p>All or nothing: the result is a complete, valid definition with warnings for what needs an editor
 * (rules given as text, code lists that live outside the file, bounds the form cannot hold), or
 * {@link ImportFailed} with every problem found. Rules in the file are never executed.</p>
 *
 * <table>
 * <caption>Mapping</caption>
 * <tr><th>XDatenfelder</th><th>form definition</th></tr>
 * <tr><td>Stammdatenschema name / bezeichnung</td><td>form title</td></tr>
 * <tr><td>datenfelder directly in the schema</td><td>the first page</td></tr>
 * <tr><td>each datenfeldgruppe directly in the schema</td><td>a page holding that group</td></tr>
 * <tr><td>datenfeldgruppe, anzahl 1:1</td><td>GROUP</td></tr>
 * <tr><td>datenfeldgruppe, anzahl 0:1</td><td>REPEAT with at most one item (warning)</td></tr>
 * <tr><td>datenfeldgruppe, anzahl n:m / n:* with m &gt; 1</td><td>REPEAT with min/max items</td></tr>
 * <tr><td>feldart input, datentyp text / text_latin</td><td>TEXT; LONG_TEXT above 200 characters</td></tr>
 * <tr><td>datentyp date / bool / num, num_int, num_currency / file</td><td>DATE / YES_NO / NUMBER / FILE</td></tr>
 * <tr><td>datentyp time / datetime</td><td>TEXT with a pattern (warning)</td></tr>
 * <tr><td>feldart select with werte</td><td>SINGLE_CHOICE; MULTIPLE_CHOICE where several may be given</td></tr>
 * <tr><td>feldart select with an external code list only</td><td>TEXT (warning)</td></tr>
 * <tr><td>feldart label / locked</td><td>INFO (locked: warning)</td></tr>
 * <tr><td>feldart hidden</td><td>left out (warning)</td></tr>
 * <tr><td>any other datenfeld given several times</td><td>REPEAT holding that field</td></tr>
 * <tr><td>regel</td><td>warning with its text</td></tr>
 * </table>
 */
public final class XDatenfelderImport {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private XDatenfelderImport() {
	}

	public static ImportResult read(InputStream xml) {
		byte[] document;
		try {
			document = xml.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (document.length > MAX_BYTES) {
			throw new ImportFailed(fileProblem("forms.fim.error.too-large", String.valueOf(MAX_BYTES / (1024 * 1024))));
		}
		XmlElement message = SecureXml.parse(document);
		FimVersion version = FimVersion.of(message.namespace())
			.filter(v -> message.name().equals(FimVersion.MESSAGE))
			.orElseThrow(() -> new ImportFailed(unexpectedRoot(message)));
		return new SchemaMapping(version).map(message);
	}

	private static ImportProblem unexpectedRoot(XmlElement root) {
		if (root.namespace().startsWith(FimVersion.NAMESPACE_FAMILY) && FimVersion.of(root.namespace()).isEmpty()) {
			return new ImportProblem("forms.fim.error.unsupported-version", List.of(root.namespace()), "", null, root.line());
		}
		String found = root.namespace().isEmpty() ? root.name() : "{" + root.namespace() + "}" + root.name();
		return new ImportProblem("forms.fim.error.wrong-root", List.of(found, FimVersion.MESSAGE), "", null, root.line());
	}

	private static ImportProblem fileProblem(String key, String... arguments) {
		return new ImportProblem(key, List.of(arguments), "", null, 0);
	}
}
