package de.amtsportal.mailbox.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.access.Role;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.Directory.Person;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import de.amtsportal.mailbox.MessageSent;
import de.amtsportal.submissions.ApplicationStatusChanged;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * Mails that say only that there is news, with a link — never the message, never the service (its name can
 * say more about a person than they want in their mail): the applicant on every authority message and status
 * change, the caseworkers of the responsible unit on every reply. A status change that a message caused is
 * news already told by that message's mail.
 */
@Component
class Notifications {

	private final Threads threads;
	private final Submissions submissions;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final String baseUrl;
	private final String authorityName;
	private final Catalog catalog;

	Notifications(Threads threads, Submissions submissions, Directory directory, Mails mails, MessageSource messages,
			@Value("${amtsportal.base-url}") String baseUrl, @Value("${amtsportal.authority-name}") String authorityName, Catalog catalog) {
		this.catalog = catalog;
		this.threads = threads;
		this.submissions = submissions;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.authorityName = authorityName;
	}

	@ApplicationModuleListener
	void on(MessageSent sent) {
		SubmissionView submission = submissions.find(sent.submissionId()).orElseThrow();
		if (sent.kind().fromAuthority()) {
			tellApplicant(submission);
		}
		else {
			String link = baseUrl + "/amt/postfach/antrag/" + submission.id();
			for (Person caseworker : directory.holders(Role.CASEWORKER, submission.responsibleUnit())) {
				send(caseworker.email(), "mailbox.mail.reply.", "", caseworker.locale(), submission.reference(), link);
			}
		}
	}

	@ApplicationModuleListener
	void on(ApplicationStatusChanged changed) {
		if (!threads.causedByMessage(changed.submissionId(), changed.status(), changed.at())) {
			submissions.find(changed.submissionId()).ifPresent(this::tellApplicant);
		}
	}

	/** The applicant's mail speaks of their report or application ({@code mailbox.mail.news.subject.report}). */
	private void tellApplicant(SubmissionView submission) {
		String wording = "." + catalog.kindOf(submission.serviceSlug()).wording();
		if (submission.applicantAccount() != null) {
			directory.person(new AccountId(submission.applicantAccount())).ifPresent(person -> send(person.email(),
					"mailbox.mail.news.", wording, person.locale(), submission.reference(), baseUrl + "/postfach/antrag/" + submission.id()));
		}
		else if (submission.contactEmail() != null) {
			send(submission.contactEmail(), "mailbox.mail.news-anonymous.", wording, submission.locale(), submission.reference(),
					submissions.applicantLink(submission.id()));
		}
	}

	private void send(String to, String keys, String variant, Locale locale, String reference, String link) {
		Object[] args = { reference, link, authorityName };
		mails.send(new MailMessage(to, messages.getMessage(keys + "subject" + variant, args, locale),
				messages.getMessage(keys + "body" + variant, args, locale)));
	}
}
