package de.amtsportal.open311.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Open311Document} as UTF-8 JSON or XML (with the XML declaration GeoReport v2 asks for). No
 * output is ever a page of the portal or a stack trace, whatever went wrong.
 */
final class Open311Writer {

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private Open311Writer() {
	}

	static byte[] write(Format format, Open311Document document) {
		return format == Format.JSON ? JSON.writeValueAsBytes(plain(document.content())) : xml(document);
	}

	/** Items become lists, fields maps: Jackson writes those as arrays and objects. */
	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Open311Document.Items items) {
			List<@Nullable Object> list = new ArrayList<>();
			items.values().forEach(item -> list.add(plain(item)));
			return list;
		}
		if (value instanceof Open311Document.Fields fields) {
			Map<String, @Nullable Object> map = new LinkedHashMap<>();
			fields.values().forEach((name, field) -> map.put(name, plain(field)));
			return map;
		}
		return value;
	}

	private static byte[] xml(Open311Document document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, document.root(), document.content());
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Writing XML to memory cannot fail", e);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter xml, String name, @Nullable Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Open311Document.Items items) {
			for (Object item : items.values()) {
				element(xml, items.item(), item);
			}
		}
		else if (value instanceof Open311Document.Fields fields) {
			for (Map.Entry<String, @Nullable Object> field : fields.values().entrySet()) {
				element(xml, field.getKey(), field.getValue());
			}
		}
		else {
			xml.writeCharacters(value instanceof BigDecimal number ? number.toPlainString() : value.toString());
		}
		xml.writeEndElement();
	}
}
