package de.amtsportal.forms.fim;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded document into {@link XmlElement}s with the JDK's StAX parser, safe against hostile files.
 * A document with a DTD is refused outright: FIM files never need one, and refusing it closes external entities
 * (XXE) and entity expansion bombs in one step. Nothing is fetched from outside, StAX knows no XInclude, and the
 * nesting depth is bounded. The caller bounds the size before parsing.
 */
final class SecureXml {

	static final int MAX_DEPTH = 64;

	private SecureXml() {
	}

	static XmlElement parse(byte[] document) {
		XMLStreamReader reader = null;
		try {
			reader = factory().createXMLStreamReader(new ByteArrayInputStream(document));
			return read(reader);
		}
		catch (XMLStreamException e) {
			Location at = e.getLocation();
			int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
			int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
			throw new ImportFailed(problem("forms.fim.error.not-xml", line, String.valueOf(line), String.valueOf(column), reason(e)));
		}
		finally {
			close(reader);
		}
	}

	/** The JDK's own implementation, whatever else is on the class path, with every outside access switched off. */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external resource refused: " + systemId);
		});
		return factory;
	}

	private static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
		Deque<Open> open = new ArrayDeque<>();
		XmlElement root = null;
		while (reader.hasNext()) {
			int event = reader.next();
			int line = reader.getLocation().getLineNumber();
			switch (event) {
				case XMLStreamConstants.DTD -> throw new ImportFailed(problem("forms.fim.error.dtd-not-allowed", line));
				case XMLStreamConstants.ENTITY_REFERENCE ->
					throw new ImportFailed(problem("forms.fim.error.dtd-not-allowed", line));
				case XMLStreamConstants.START_ELEMENT -> {
					if (open.size() >= MAX_DEPTH) {
						throw new ImportFailed(problem("forms.fim.error.too-deep", line, String.valueOf(MAX_DEPTH)));
					}
					Map<String, String> attributes = new LinkedHashMap<>();
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
					}
					String namespace = reader.getNamespaceURI();
					open.push(new Open(namespace == null ? "" : namespace, reader.getLocalName(), attributes, line));
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (!open.isEmpty()) {
						open.peek().text.append(reader.getText());
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					Open done = open.pop();
					XmlElement element = new XmlElement(done.namespace, done.name, Map.copyOf(done.attributes),
							done.text.toString(), List.copyOf(done.children), done.line);
					if (open.isEmpty()) {
						root = element;
					}
					else {
						open.peek().children.add(element);
					}
				}
				default -> {
				}
			}
		}
		if (root == null) {
			throw new XMLStreamException("no root element");
		}
		return root;
	}

	private static ImportProblem problem(String key, int line, String... arguments) {
		return new ImportProblem(key, List.of(arguments), "", null, line);
	}

	/** The parser's own explanation without the position prefix it adds (the position is reported separately). */
	private static String reason(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int at = message.indexOf("Message: ");
		return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
	}

	private static void close(@Nullable XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ignored) {
				// nothing was written; a failing close changes nothing about the result
			}
		}
	}

	private static final class Open {

		final String namespace;
		final String name;
		final Map<String, String> attributes;
		final int line;
		final StringBuilder text = new StringBuilder();
		final List<XmlElement> children = new ArrayList<>();

		Open(String namespace, String name, Map<String, String> attributes, int line) {
			this.namespace = namespace;
			this.name = name;
			this.attributes = attributes;
			this.line = line;
		}
	}
}
