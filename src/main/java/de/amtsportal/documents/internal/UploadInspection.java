package de.amtsportal.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.GeoPosition;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.documents.scanning.VirusScanner;

/**
 * The checks an upload passes, in this order: the virus scanner sees the bytes before any parser does; the
 * type comes from the content and must be allowed (nothing else is parsed); then the type's own checks (images cleaned, PDFs searched
 * for active content, ZIP-based files unpacked into nothing). Each broken rule throws
 * {@link de.amtsportal.documents.UploadRejected}.
 */
@Component
class UploadInspection {

	/** What is to be stored: the file to store (for images the re-encoded one) and what was learnt. */
	record Inspected(Path content, String mediaType, List<String> extensions, @Nullable GeoPosition position) {
	}

	private static final MediaType JPEG = MediaType.image("jpeg");
	private static final MediaType PNG = MediaType.image("png");

	private final VirusScanner scanner;
	private final ContentTypes types = new ContentTypes();
	private final ImageCleaning images;
	private final PdfInspection pdfs = new PdfInspection();
	private final ArchiveInspection archives;

	UploadInspection(VirusScanner scanner, DocumentsProperties properties) {
		this.scanner = scanner;
		this.images = new ImageCleaning(properties.maxImagePixels());
		this.archives = new ArchiveInspection(properties.archives());
	}

	Inspected inspect(Spool spool, UploadRules rules) {
		Path file = spool.received();
		scanner.scan(file);
		MediaType type = detect(file);
		boolean unpacked = false;
		if (type.equals(ContentTypes.OOXML)) {
			// only the content tells which Office document it is, and the rules name that
			type = archives.inspect(file, type);
			unpacked = true;
		}
		types.check(type, rules.mediaTypes());
		if (types.isZip(type) && !unpacked) {
			archives.inspect(file, type);
		}
		if (type.equals(JPEG) || type.equals(PNG)) {
			ImageCleaning.Cleaned cleaned = images.clean(file, type.getSubtype(), spool);
			return new Inspected(cleaned.content(), type.toString(), types.extensions(type), cleaned.position());
		}
		if (type.equals(MediaType.application("pdf"))) {
			pdfs.inspect(file);
		}
		return new Inspected(file, type.toString(), types.extensions(type), null);
	}

	private MediaType detect(Path file) {
		try {
			return types.detect(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
