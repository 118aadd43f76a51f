package de.amtsportal.decisions;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Role;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.decisions.internal.DecisionLetter;
import de.amtsportal.decisions.internal.DecisionLetter.Letter;
import de.amtsportal.decisions.internal.DecisionValues;
import de.amtsportal.decisions.internal.TemplateText;
import de.amtsportal.decisions.internal.TemplateTexts;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * The module's API: a draft of a decision from the service's template, and issuing it — render, seal, store,
 * deliver to the applicant's Postfach (which sets the application to "decided"), announce. Only caseworkers of
 * the application's responsible unit draft and issue; everything happens in one transaction, so a refused
 * delivery leaves no document behind.
 */
@Service
public class Decisions {

	public static final int MAX_TITLE = TemplateText.MAX_TITLE;
	public static final int MAX_TEXT = TemplateText.MAX_BODY;

	/** A sealed decision is a few hundred kilobytes; the limit only guards the store. */
	private static final UploadRules SEALED_PDF = new UploadRules(List.of("application/pdf"), 20L * 1024 * 1024);

	private final Submissions submissions;
	private final Directory directory;
	private final TemplateTexts templates;
	private final DecisionValues values;
	private final DecisionLetter letter;
	private final Documents documents;
	private final Mailbox mailbox;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;

	Decisions(Submissions submissions, Directory directory, TemplateTexts templates, DecisionValues values,
			DecisionLetter letter, Documents documents, Mailbox mailbox, MessageSource messages,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.submissions = submissions;
		this.directory = directory;
		this.templates = templates;
		this.values = values;
		this.letter = letter;
		this.documents = documents;
		this.mailbox = mailbox;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The service's template in the application's language with its placeholders filled.
	 * @throws AccessDeniedException unless {@code caseworker} is a caseworker of the responsible unit
	 */
	@Transactional(readOnly = true)
	public DecisionDraft draft(UUID submissionId, AccountId caseworker) {
		SubmissionView submission = handledBy(submissionId, caseworker);
		return templates.of(submission.serviceId(), submission.locale())
			.map(t -> new DecisionDraft(values.fill(t.title(), submission), values.fill(t.body(), submission),
					values.fill(t.legalRemedy(), submission), true))
			.orElse(new DecisionDraft("", "", "", false));
	}

	/** The decision as it would be issued, unsealed, for the caseworker to look at first. */
	@Transactional(readOnly = true)
	public byte[] preview(UUID submissionId, String title, String text, AccountId caseworker) {
		SubmissionView submission = handledBy(submissionId, caseworker);
		return letter.render(submission, letterOf(submission, title, text));
	}

	/**
	 * Issues the decision the caseworker wrote: a sealed PDF/A in the applicant's Postfach, the application
	 * "decided", {@link DecisionIssued} for the case file.
	 * @throws AccessDeniedException unless {@code caseworker} is a caseworker of the responsible unit
	 * @throws InvalidDecision when title or text is empty or too long
	 * @throws de.amtsportal.mailbox.ApplicationNotOpen when the application is already finished
	 */
	@Transactional
	public IssuedDecision issue(UUID submissionId, String title, String text, AccountId caseworker) {
		SubmissionView submission = handledBy(submissionId, caseworker);
		Letter content = letterOf(submission, title, text);
		byte[] sealed = letter.sealed(submission, content);
		StoredDocument stored = documents.store(DecisionLetter.fileName(submission), new ByteArrayInputStream(sealed), SEALED_PDF);
		Locale locale = submission.locale();
		MessageView message = mailbox.send(submissionId, MessageKind.DECISION,
				messages.getMessage("decisions.message.text", new Object[] { content.title() }, locale), List.of(stored.id()),
				caseworker);
		events.publishEvent(new DecisionIssued(submissionId, stored.id(), submission.reference(), content.title(),
				caseworker.value(), clock.instant(), message.id()));
		audit.record(new AuditEvent(caseworker.toString(), "decisions.issued", submissionId.toString(), submission.reference()));
		return new IssuedDecision(stored.id(), stored.fileName());
	}

	private Letter letterOf(SubmissionView submission, String title, String text) {
		String cleanTitle = title.strip();
		String cleanText = text.strip();
		if (cleanTitle.isEmpty()) {
			throw new InvalidDecision("title", "decisions.error.required");
		}
		if (cleanTitle.length() > MAX_TITLE || cleanTitle.contains("\n")) {
			throw new InvalidDecision("title", "decisions.error.title-format");
		}
		if (cleanText.isEmpty()) {
			throw new InvalidDecision("text", "decisions.error.required");
		}
		if (cleanText.length() > MAX_TEXT) {
			throw new InvalidDecision("text", "decisions.error.text-too-long");
		}
		String remedy = templates.of(submission.serviceId(), submission.locale())
			.map(t -> values.fill(t.legalRemedy(), submission)).orElse("");
		var answers = submissions.answers(submission.id());
		return new Letter(cleanTitle, cleanText, remedy, values.today(submission.locale()), values.serviceName(submission),
				values.applicantName(submission, answers));
	}

	private SubmissionView handledBy(UUID submissionId, AccountId caseworker) {
		SubmissionView submission = submissions.find(submissionId).orElseThrow(() -> new AccessDeniedException("No such application"));
		boolean responsible = directory.holders(Role.CASEWORKER, submission.responsibleUnit()).stream()
			.anyMatch(p -> p.id().equals(caseworker));
		if (!responsible) {
			throw new AccessDeniedException("Not a caseworker of the responsible unit");
		}
		return submission;
	}
}
