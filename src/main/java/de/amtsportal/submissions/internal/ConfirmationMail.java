package de.amtsportal.submissions.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import de.amtsportal.submissions.SubmissionReceived;

/**
 * The confirmation of receipt by mail, after the submit transaction (its work is not on the submit path). It
 * names the service, the reference number and the link — never the answers in its text. The receipt PDF with
 * all answers is attached only when the applicant chose so. Anonymous applicants get the secret link to their
 * application.
 */
@Component
class ConfirmationMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

	private final SubmissionRepository submissions;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final ApplicantLinks links;
	private final Receipts receipts;
	private final Catalog catalog;

	ConfirmationMail(SubmissionRepository submissions, Directory directory, Mails mails, MessageSource messages,
			ApplicantLinks links, Receipts receipts, Catalog catalog) {
		this.catalog = catalog;
		this.receipts = receipts;
		this.links = links;
		this.submissions = submissions;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(SubmissionReceived received) {
		Submission submission = submissions.findById(received.submissionId()).orElse(null);
		if (submission == null) {
			return; // deleted before the mail went out
		}
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
