package de.amtsportal.delivery.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import de.amtsportal.delivery.spi.Parcel;
import de.amtsportal.documents.Documents;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/** Puts together what a channel sends for one delivery, from the submissions and documents modules. */
@Component
class ParcelAssembly {

	private final Submissions submissions;
	private final Documents documents;
	private final FileLinks links;

	ParcelAssembly(Submissions submissions, Documents documents, FileLinks links) {
		this.submissions = submissions;
		this.documents = documents;
		this.links = links;
	}

	Parcel of(Delivery delivery, ChannelConfig channel) {
		SubmissionView submission = submissions.find(delivery.submissionId()).orElseThrow();
		List<Parcel.File> files = submissions.files(submission.id()).stream().map(file -> {
			FileLinks.Link link = links.of(submission.id(), file.documentId());
			return new Parcel.File(file.documentId(), file.fieldPath(), file.fileName(), file.mediaType(), file.size(), link.uri(),
					link.expiresAt());
		}).toList();
		Parcel.Application application = new Parcel.Application(submission.id(), submission.reference(), submission.serviceId(),
				submission.serviceSlug(), submission.serviceName(), submission.formVersionId(), submission.responsibleUnit(),
				submission.locale().getLanguage(), submission.submittedAt());
		return new Parcel(delivery.idempotencyKey(), new Parcel.Destination(channel.id(), channel.target(), channel.secret()),
				application, submissions.typedAnswers(submission.id()), files,
				() -> submissions.receipt(submission.id()).content(), file -> documents.open(file.documentId()));
	}
}
