package de.amtsportal.feedback.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import de.amtsportal.feedback.spi.OpenDataset;

/**
 * The open-data catalogue in DCAT-AP.de (RDF/XML), so that GovData and the Länder portals can harvest it: the KPI
 * dataset with a CSV and a JSON distribution, and the datasets other modules publish ({@link OpenDataset}), all
 * under the Datenlizenz Deutschland.
 */
final class DcatCatalog {

	private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
	private static final String DCAT = "http://www.w3.org/ns/dcat#";
	private static final String DCT = "http://purl.org/dc/terms/";
	private static final String FOAF = "http://xmlns.com/foaf/0.1/";
	private static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
	private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
	static final String LICENCE = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";
	private static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme/";
	private static final String THEME = THEMES + "GOVE";
	private static final String FREQUENCIES = "http://publications.europa.eu/resource/authority/frequency/";
	private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";

	private final String base;
	private final String authority;
	private final @Nullable String contributorId;

	DcatCatalog(String baseUrl, String authority, @Nullable String contributorId) {
		this.base = baseUrl.replaceAll("/+$", "");
		this.authority = authority;
		this.contributorId = contributorId == null || contributorId.isBlank() ? null : contributorId;
	}

	/** A published dataset with its texts resolved in German and English. */
	record Described(OpenDataset dataset, String titleDe, String titleEn, String descriptionDe, String descriptionEn,
			List<String> distributionTitles) {
	}

	String write(YearMonth from, YearMonth to, LocalDate today, List<Described> others) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("rdf", "RDF", RDF);
			xml.writeNamespace("rdf", RDF);
			xml.writeNamespace("dcat", DCAT);
			xml.writeNamespace("dct", DCT);
			xml.writeNamespace("foaf", FOAF);
			xml.writeNamespace("dcatde", DCATDE);

			xml.writeStartElement("dcat", "Catalog", DCAT);
			xml.writeAttribute("rdf", RDF, "about", base + "/open-data");
			literal(xml, DCT, "dct", "title", "Offene Daten: " + authority, "de");
			literal(xml, DCT, "dct", "description", "Kennzahlen der Online-Dienste von " + authority + ".", "de");
			publisher(xml);
			xml.writeStartElement("dcat", "dataset", DCAT);
			dataset(xml, from, to, today);
			xml.writeEndElement();
			for (Described other : others) {
				xml.writeStartElement("dcat", "dataset", DCAT);
				dataset(xml, other, today);
				xml.writeEndElement();
			}
			xml.writeEndElement();

			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	private void dataset(XMLStreamWriter xml, YearMonth from, YearMonth to, LocalDate today) throws XMLStreamException {
		xml.writeStartElement("dcat", "Dataset", DCAT);
		xml.writeAttribute("rdf", RDF, "about", base + "/open-data/kennzahlen");
		literal(xml, DCT, "dct", "title", "Kennzahlen der Online-Dienste (" + authority + ")", "de");
		literal(xml, DCT, "dct", "title", "Key figures of the online services (" + authority + ")", "en");
		literal(xml, DCT, "dct", "description", "Je Leistung und Monat: begonnene und eingereichte Online-Anträge, "
				+ "Abschlussquote, Dauer bis zur Entscheidung (Median und 90. Perzentil), offene Vorgänge am Monatsende und "
				+ "die Zufriedenheit der Antragstellenden (Noten 1 bis 5) nach dem OZG-Servicestandard. Ohne personenbezogene Daten.", "de");
		resource(xml, DCAT, "dcat", "theme", THEME);
		literal(xml, DCAT, "dcat", "keyword", "Onlinezugangsgesetz", "de");
		literal(xml, DCAT, "dcat", "keyword", "Nutzerzufriedenheit", "de");
		literal(xml, DCAT, "dcat", "keyword", "Verwaltungsleistungen", "de");
		publisher(xml);
		if (contributorId != null) {
			resource(xml, DCATDE, "dcatde", "contributorID", contributorId);
		}
		resource(xml, DCAT, "dcat", "landingPage", base + "/open-data");
		resource(xml, DCT, "dct", "accrualPeriodicity", FREQUENCIES + "MONTHLY");
		date(xml, "modified", to.plusMonths(1).atDay(1).isAfter(today) ? today : to.plusMonths(1).atDay(1));
		xml.writeStartElement("dct", "temporal", DCT);
		xml.writeStartElement("dct", "PeriodOfTime", DCT);
		typedDate(xml, DCAT, "dcat", "startDate", from.atDay(1));
		typedDate(xml, DCAT, "dcat", "endDate", to.atEndOfMonth());
		xml.writeEndElement();
		xml.writeEndElement();
		distribution(xml, OpenDataPages.CSV, "CSV", "text/csv", "Kennzahlen als CSV");
		distribution(xml, OpenDataPages.JSON, "JSON", "application/json", "Kennzahlen als JSON");
		xml.writeEndElement();
	}

	private void dataset(XMLStreamWriter xml, Described described, LocalDate today) throws XMLStreamException {
		OpenDataset dataset = described.dataset();
		xml.writeStartElement("dcat", "Dataset", DCAT);
		xml.writeAttribute("rdf", RDF, "about", base + "/open-data/" + dataset.name());
		literal(xml, DCT, "dct", "title", described.titleDe() + " (" + authority + ")", "de");
		literal(xml, DCT, "dct", "title", described.titleEn() + " (" + authority + ")", "en");
		literal(xml, DCT, "dct", "description", described.descriptionDe(), "de");
		literal(xml, DCT, "dct", "description", described.descriptionEn(), "en");
		resource(xml, DCAT, "dcat", "theme", THEMES + dataset.theme());
		publisher(xml);
		if (contributorId != null) {
			resource(xml, DCATDE, "dcatde", "contributorID", contributorId);
		}
		resource(xml, DCAT, "dcat", "landingPage", base + "/open-data");
		resource(xml, DCT, "dct", "accrualPeriodicity", FREQUENCIES + dataset.frequency());
		date(xml, "modified", today);
		for (int i = 0; i < dataset.distributions().size(); i++) {
			OpenDataset.Distribution d = dataset.distributions().get(i);
			distribution(xml, d.path(), d.format(), d.mediaType(), described.distributionTitles().get(i));
		}
		xml.writeEndElement();
	}

	private void distribution(XMLStreamWriter xml, String path, String format, String mediaType, String title)
			throws XMLStreamException {
		xml.writeStartElement("dcat", "distribution", DCAT);
		xml.writeStartElement("dcat", "Distribution", DCAT);
		xml.writeAttribute("rdf", RDF, "about", base + path);
		literal(xml, DCT, "dct", "title", title, "de");
		resource(xml, DCAT, "dcat", "accessURL", base + path);
		resource(xml, DCAT, "dcat", "downloadURL", base + path);
		resource(xml, DCT, "dct", "format", FILE_TYPES + format);
		resource(xml, DCAT, "dcat", "mediaType", "https://www.iana.org/assignments/media-types/" + mediaType);
		resource(xml, DCT, "dct", "license", LICENCE);
		literal(xml, DCATDE, "dcatde", "licenseAttributionByText", authority, "de");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void publisher(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement("dct", "publisher", DCT);
		xml.writeStartElement("foaf", "Agent", FOAF);
		literal(xml, FOAF, "foaf", "name", authority, null);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void literal(XMLStreamWriter xml, String ns, String prefix, String name, String value, @Nullable String language)
			throws XMLStreamException {
		xml.writeStartElement(prefix, name, ns);
		if (language != null) {
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
		}
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void resource(XMLStreamWriter xml, String ns, String prefix, String name, String uri) throws XMLStreamException {
		xml.writeEmptyElement(prefix, name, ns);
		xml.writeAttribute("rdf", RDF, "resource", uri);
	}

	private static void date(XMLStreamWriter xml, String name, LocalDate date) throws XMLStreamException {
		typedDate(xml, DCT, "dct", name, date);
	}

	private static void typedDate(XMLStreamWriter xml, String ns, String prefix, String name, LocalDate date) throws XMLStreamException {
		xml.writeStartElement(prefix, name, ns);
		xml.writeAttribute("rdf", RDF, "datatype", XSD_DATE);
		xml.writeCharacters(date.toString());
		xml.writeEndElement();
	}
}
