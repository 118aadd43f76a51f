package de.amtsportal.delivery.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.amtsportal.delivery.internal.FileLinks;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.Downloads;
import de.amtsportal.submissions.Submissions;

/**
 * {@code GET /api/v1/zustellung/dateien/{application}/{document}?expires=…&signature=…}: a file of an
 * application for the receiver of a webhook. The signed link is the only credential; it names the application
 * and the file and expires. A link that was changed or has expired gets 403, a file that is not (or no
 * longer) part of the application 404 — as problem details (RFC 9457).
 */
@RestController
class FileDownloadApi {

	private final FileLinks links;
	private final Submissions submissions;
	private final Documents documents;

	FileDownloadApi(FileLinks links, Submissions submissions, Documents documents) {
		this.links = links;
		this.submissions = submissions;
		this.documents = documents;
	}

	@GetMapping(FileLinks.PATH + "/{submissionId}/{documentId}")
	ResponseEntity<?> download(@PathVariable UUID submissionId, @PathVariable UUID documentId, @RequestParam long expires,
			@RequestParam String signature) {
		if (!links.valid(submissionId, documentId, expires, signature)) {
			return problem(HttpStatus.FORBIDDEN, "The link is invalid or has expired.");
		}
		boolean belongs = submissions.files(submissionId).stream().anyMatch(f -> f.documentId().equals(documentId));
		var document = belongs ? documents.find(documentId).orElse(null) : null;
		if (document == null) {
			return problem(HttpStatus.NOT_FOUND, "No such file of this application.");
		}
		return Downloads.attachment(document, documents.open(documentId));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}
}
