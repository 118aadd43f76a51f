package de.amtsportal.delivery.channels.filedrop;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.amtsportal.delivery.spi.Parcel;

/**
 * The application as XML for procedures that import XML: the same content as the JSON file, answers as
 * {@code <answer name="…">} elements (groups and repeated groups nested), files by their name in the folder.
 * Written with StAX, which escapes every value.
 */
final class ParcelXml {

	static final String NAMESPACE = "urn:amtsportal:delivery:application:1";

	private ParcelXml() {
	}

	static byte[] write(Parcel parcel, Map<Parcel.File, String> fileNames) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			Parcel.Application application = parcel.application();
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "application");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("id", application.submissionId().toString());
			xml.writeAttribute("reference", application.reference());
			xml.writeAttribute("idempotencyKey", parcel.idempotencyKey());
			element(xml, "service", application.serviceName(), "id", application.serviceId().toString(), "slug",
					application.serviceSlug());
			element(xml, "formVersion", application.formVersionId().toString());
			element(xml, "responsibleUnit", application.responsibleUnit().toString());
			element(xml, "locale", application.locale());
			element(xml, "submittedAt", application.submittedAt().toString());
			xml.writeStartElement(NAMESPACE, "answers");
			answers(xml, parcel.answers());
			xml.writeEndElement();
			xml.writeStartElement(NAMESPACE, "files");
			for (Parcel.File file : parcel.files()) {
				xml.writeStartElement(NAMESPACE, "file");
				xml.writeAttribute("documentId", file.documentId().toString());
				xml.writeAttribute("field", file.fieldPath());
				xml.writeAttribute("mediaType", file.mediaType());
				xml.writeAttribute("size", Long.toString(file.size()));
				xml.writeAttribute("path", fileNames.get(file));
				xml.writeCharacters(file.fileName());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Writing XML to memory cannot fail", e);
		}
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private static void answers(XMLStreamWriter xml, Map<String, Object> values) throws XMLStreamException {
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			xml.writeStartElement(NAMESPACE, "answer");
			xml.writeAttribute("name", entry.getKey());
			value(xml, entry.getValue());
			xml.writeEndElement();
		}
	}

	@SuppressWarnings("unchecked")
	private static void value(XMLStreamWriter xml, Object value) throws XMLStreamException {
		if (value instanceof Map<?, ?> map) {
			answers(xml, (Map<String, Object>) map);
		}
		else if (value instanceof List<?> list) {
			for (Object item : list) {
				xml.writeStartElement(NAMESPACE, "item");
				value(xml, item);
				xml.writeEndElement();
			}
		}
		else {
			xml.writeCharacters(String.valueOf(value));
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text, String... attributes) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		for (int i = 0; i < attributes.length; i += 2) {
			xml.writeAttribute(attributes[i], attributes[i + 1]);
		}
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
