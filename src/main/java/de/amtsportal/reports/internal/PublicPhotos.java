package de.amtsportal.reports.internal;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;

/**
 * The photos of a report as the public gets them: only released ones, under a neutral name (the uploader's file
 * name may be personal, e.g. "Erika_Mustermann.jpg"); what the documents module stored is already re-encoded
 * without EXIF data.
 */
@Component
public class PublicPhotos {

	/** A released photo with its bytes, named after the report. */
	public record Released(StoredDocument document, InputStream content) {
	}

	private final ReportRecords records;
	private final Documents documents;

	PublicPhotos(ReportRecords records, Documents documents) {
		this.records = records;
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	public Optional<Released> released(String reference, UUID photoId) {
		return records.byReference(reference)
			.flatMap(report -> records.photo(report.id(), photoId))
			.filter(ReportRecords.Photo::released)
			.flatMap(photo -> documents.find(photo.documentId()).map(document -> {
				String extension = document.mediaType().equals("image/png") ? ".png" : ".jpg";
				StoredDocument neutral = new StoredDocument(document.id(), reference + "-" + photoId.toString().substring(0, 8) + extension,
						document.mediaType(), document.size(), document.sha256(), null, document.storedAt());
				return new Released(neutral, documents.open(document.id()));
			}));
	}
}
