package de.amtsportal.reports.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import de.amtsportal.reports.ReportPhaseChanged;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * The reporters of duplicates follow the report theirs was merged into: each of its phase changes reaches them
 * as a short mail with the link to its public page (never the content, like every other notification). Their
 * addresses are read from their submissions when needed and never copied into the report tables.
 */
@Component
class MergedReporters {

	private final ReportRecords records;
	private final HandlingRecords handling;
	private final Submissions submissions;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final String baseUrl;

	MergedReporters(ReportRecords records, HandlingRecords handling, Submissions submissions, Directory directory, Mails mails,
			MessageSource messages, @Value("${amtsportal.base-url}") String baseUrl) {
		this.records = records;
		this.handling = handling;
		this.submissions = submissions;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(ReportPhaseChanged event) {
		records.byId(event.reportId()).ifPresent(target -> handling.mergedSubmissions(target.id()).forEach(duplicate -> submissions
			.find(duplicate)
			.ifPresent(submission -> tell(submission, target.reference(), event))));
	}

	private void tell(SubmissionView submission, String reference, ReportPhaseChanged event) {
		String to = submission.contactEmail();
		Locale locale = submission.locale();
		if (submission.applicantAccount() != null) {
			var person = directory.person(new AccountId(submission.applicantAccount()));
			if (person.isPresent()) {
				to = person.get().email();
				locale = person.get().locale();
			}
		}
		if (to == null) {
			return;
		}
		Object[] arguments = { submission.reference(), reference, messages.getMessage("reports.phase." + event.phase().name(), null, locale),
				baseUrl + "/meldungen/" + reference };
		mails.send(new MailMessage(to, messages.getMessage("reports.merged.mail.subject", arguments, locale),
				messages.getMessage("reports.merged.mail.body", arguments, locale)));
	}
}
