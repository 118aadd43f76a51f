package de.amtsportal.submissions.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.amtsportal.backlog.Backlog;
import de.amtsportal.backlog.BacklogWorker;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import de.amtsportal.submissions.SubmissionReceived;

/**
 * The confirmation of receipt by mail, after the submit transaction and in batches (ADR 0029): the submit only
 * adds a backlog item, so rendering the mail and the receipt PDF is not on the submit path. It
 * names the service, the reference number and the link — never the answers in its text. The receipt PDF with
 * all answers is attached only when the applicant chose so. Anonymous applicants get the secret link to their
 * application.
 */
@Component
class ConfirmationMail implements BacklogWorker {

	private static final String KIND = "confirmation-mail";

	@Override
	public int batchSize() {
		return 25; // receipt PDFs are rendered here for those who asked for them
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

	private final SubmissionRepository submissions;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final ApplicantLinks links;
	private final Receipts receipts;
	private final Catalog catalog;
	private final Backlog backlog;

	ConfirmationMail(SubmissionRepository submissions, Directory directory, Mails mails, MessageSource messages,
			ApplicantLinks links, Receipts receipts, Catalog catalog, Backlog backlog) {
		this.backlog = backlog;
		this.catalog = catalog;
		this.receipts = receipts;
		this.links = links;
		this.submissions = submissions;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
	}

	/** In the submit transaction: the mail is due exactly when the submission exists. */
	@EventListener
	void on(SubmissionReceived received) {
		backlog.add(KIND, received.submissionId());
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Set<UUID> work(List<UUID> items) {
		// a submission erased before its mail went out is not in the list
		submissions.findAllById(items).forEach(this::confirm);
		return Set.of();
	}

	private void confirm(Submission submission) {
		String recipient = submission.applicantAccount() != null
				? directory.person(new AccountId(submission.applicantAccount())).map(p -> p.email()).orElse(null)
				: submission.contactEmail();
		if (recipient == null) {
			return;
		}
		String link = links.of(submission.id(), submission.applicantAccount());
		Object[] args = { submission.serviceName(), submission.reference(),
				WHEN.format(submission.submittedAt().atZone(Applications.BERLIN)), link };
		List<MailMessage.Attachment> attachments = submission.receiptByMail()
				? List.of(new MailMessage.Attachment(Receipts.fileName(submission), "application/pdf",
						receipts.render(submission, submission.locale())))
				: List.of();
		String wording = catalog.kindOf(submission.serviceSlug()).wording();
		mails.send(new MailMessage(recipient, messages.getMessage("submissions.mail.received.subject." + wording, args, submission.locale()),
				messages.getMessage("submissions.mail.received.body." + wording, args, submission.locale()), attachments));
	}
}
