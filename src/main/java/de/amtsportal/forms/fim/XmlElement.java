package de.amtsportal.forms.fim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of the read document with its line, kept small: the mapping needs names, attributes, direct text
 * and children, and the line to say where a problem is.
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, String text, List<XmlElement> children,
		int line) {

	/** Children with this local name in the element's own namespace. */
	List<XmlElement> all(String localName) {
		return children.stream().filter(c -> c.name.equals(localName) && c.namespace.equals(namespace)).toList();
	}

	Optional<XmlElement> child(String localName) {
		return all(localName).stream().findFirst();
	}

	/** The trimmed text of a child, empty if the child is missing or blank. */
	Optional<String> text(String localName) {
		return child(localName).map(XmlElement::text).map(XmlElement::tidy).filter(t -> !t.isEmpty());
	}

	/**
	 * The value of a code element such as {@code <xdf:feldart><code>input</code></xdf:feldart>}. XÖV code types
	 * carry their {@code code} child without a namespace; some tools put it in the schema's namespace.
	 */
	Optional<String> code(String localName) {
		return child(localName).flatMap(c -> c.children.stream()
			.filter(v -> v.name.equals("code") && (v.namespace.isEmpty() || v.namespace.equals(namespace))).findFirst())
			.map(XmlElement::text).map(String::strip).filter(t -> !t.isEmpty());
	}

	/** Whitespace of the XML layout removed, line breaks a writer put into a help text kept. */
	static String tidy(String text) {
		return text.strip().replaceAll("[ \\t]*\\R[ \\t]*", "\n").replaceAll("[ \\t]+", " ");
	}
}
