package de.amtsportal.intranet.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;

/**
 * The text inside a stored file, for the search index: PDFs through PDFBox. A file whose text cannot be read
 * (scanned pages, a type without text extraction) is still filed; search then finds it by title and description.
 */
@Component
class FileTexts {

	private static final Logger log = LoggerFactory.getLogger(FileTexts.class);

	private final Documents documents;

	FileTexts(Documents documents) {
		this.documents = documents;
	}

	String of(StoredDocument document) {
		if (!"application/pdf".equals(document.mediaType())) {
			return "";
		}
		try (InputStream in = documents.open(document.id());
				PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
			return new PDFTextStripper().getText(pdf);
		}
		catch (IOException e) {
			log.info("No text read from document {}: {}", document.id(), e.getMessage());
			return "";
		}
	}
}
