package de.amtsportal.intranet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;

/**
 * The text inside a stored file, for the search index: PDFs through PDFBox, Word, Excel and PowerPoint files
 * through Apache POI, OpenDocument text and spreadsheets by reading their {@code content.xml}. A file whose text
 * cannot be read (scanned pages, a damaged or suspicious file) is still filed; search then finds it by title and
 * description.
 */
@Component
class FileTexts {

	private static final Logger log = LoggerFactory.getLogger(FileTexts.class);

	static final String PDF = "application/pdf";
	static final Set<String> OFFICE_OPEN_XML = Set.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");
	static final Set<String> OPEN_DOCUMENT = Set.of("application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet");

	static {
		// An Office file is a zip archive: POI refuses entries that inflate more than 100-fold (its default ratio)
		// and, set here, any entry beyond 100 MB, so a small upload cannot unpack into gigabytes (a zip bomb).
		ZipSecureFile.setMaxEntrySize(OpenDocumentText.MAX_ENTRY_BYTES);
	}

	private final Documents documents;

	FileTexts(Documents documents) {
		this.documents = documents;
	}

	String of(StoredDocument document) {
		String type = document.mediaType();
		if (!PDF.equals(type) && !OFFICE_OPEN_XML.contains(type) && !OPEN_DOCUMENT.contains(type)) {
			return "";
		}
		try (InputStream in = documents.open(document.id())) {
			if (PDF.equals(type)) {
				try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
					return new PDFTextStripper().getText(pdf);
				}
			}
			if (OPEN_DOCUMENT.contains(type)) {
				return OpenDocumentText.of(in);
			}
			try (POITextExtractor extractor = ExtractorFactory.createExtractor(in)) {
				return extractor.getText();
			}
		}
		catch (IOException | RuntimeException e) {
			// POI and the zip reader report damaged files and zip bombs as either kind
			log.info("No text read from document {} ({}): {}", document.id(), type, e.getMessage());
			return "";
		}
	}
}
