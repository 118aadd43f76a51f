package de.amtsportal.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.rendering.AnswerSummary;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.submissions.internal.ApplicantAccess;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.Draft;
import de.amtsportal.submissions.internal.ApplicantLinks;
import de.amtsportal.submissions.internal.Receipts;
import de.amtsportal.submissions.internal.SubmissionContents;
import de.amtsportal.submissions.internal.SubmissionErasure;
import de.amtsportal.submissions.internal.SubmissionRecords;
import de.amtsportal.submissions.internal.SubmittedAnswers;

/** The module's API for other modules: submitted applications, their files and their status. */
@Service
public class Submissions {

	private final SubmissionRecords records;
	private final Applications applications;
	private final ApplicantAccess access;
	private final ApplicantLinks links;
	private final SubmissionContents contents;
	private final SubmittedAnswers answers;
	private final Receipts receipts;
	private final SubmissionErasure erasure;
	private final Clock clock;

	Submissions(SubmissionRecords records, Applications applications, ApplicantAccess access, ApplicantLinks links,
			SubmissionContents contents, SubmittedAnswers answers, Receipts receipts, SubmissionErasure erasure, Clock clock) {
		this.clock = clock;
		this.records = records;
		this.applications = applications;
		this.access = access;
		this.links = links;
		this.contents = contents;
		this.answers = answers;
		this.receipts = receipts;
		this.erasure = erasure;
	}

	@Transactional(readOnly = true)
	public Optional<SubmissionView> find(UUID id) {
		return records.find(id).map(s -> s.view());
	}

	/**
	 * Reads the applications, each with the applicant's name as the form asked for it (empty when it asks for none),
	 * and holds their rows until the caller's transaction ends; applications that no longer exist are left out. A
	 * status change waits for that transaction (it updates the same row), so whoever opens a case from an application
	 * sees either the status before a change whose own event will then find the case, or the status after it —
	 * never a change in between.
	 */
	@Transactional
	public List<LockedSubmission> lockAll(Collection<UUID> ids) {
		return records.lockAll(ids).stream().map(s -> new LockedSubmission(s.view(), contents.applicantName(s))).toList();
	}

	public record LockedSubmission(SubmissionView submission, String applicantName) {
	}

	/** Whether the person behind the current request is the applicant (or holds the anonymous applicant's link). */
	@Transactional(readOnly = true)
	public boolean mayReadAsApplicant(UUID id) {
		return records.find(id).map(access::mayRead).orElse(false);
	}

	@Transactional(readOnly = true)
	public List<StatusStep> timeline(UUID id) {
		return records.timeline(id);
	}

	@Transactional(readOnly = true)
	public List<SubmittedFile> files(UUID id) {
		return records.files(id);
	}

	/** The answers as the applicant saw them on the check page; callers check who may read them. */
	@Transactional(readOnly = true)
	public List<AnswerSummary.Section> answers(UUID id, Locale locale) {
		return contents.sections(id, locale);
	}

	@Transactional(readOnly = true)
	public String receiptFileName(UUID id) {
		return Receipts.fileName(records.find(id).orElseThrow());
	}

	/** Another org unit handles the application from now on; its caseworkers write in the Postfach. */
	public void handOver(UUID id, UUID unit) {
		applications.handOver(id, unit);
	}

	/**
	 * Erases the application with its status history and files, in the caller's transaction (the retention of its
	 * case ended); returns how many files went with it.
	 */
	@Transactional
	public int erase(UUID id) {
		return erasure.erase(id);
	}

	/** The answers as submitted, as a tree (for decisions' placeholders); callers check who may read them. */
	@Transactional(readOnly = true)
	public Answers answers(UUID id) {
		return answers.of(id);
	}

	/**
	 * The answers as specialist procedures receive them: typed values in the shape of the form version's JSON
	 * Schema export. Callers check who may read them.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> typedAnswers(UUID id) {
		return records.typedAnswers(records.find(id).orElseThrow());
	}

	/** The confirmation of receipt as PDF/A, in the applicant's language, and its file name. */
	@Transactional(readOnly = true)
	public ReceiptFile receipt(UUID id) {
		var submission = records.find(id).orElseThrow();
		return new ReceiptFile(Receipts.fileName(submission), receipts.render(submission, submission.locale()));
	}

	public record ReceiptFile(String fileName, byte[] content) {
	}

	/** Moves the application to a new status; the applicant sees it on the timeline and gets a mail. */
	public void changeStatus(UUID id, ApplicationStatus status) {
		applications.changeStatus(id, status);
	}

	/**
	 * The absolute address at which the applicant opens the application from a mail: for anonymous applicants
	 * the secret link that grants their browser access, for account holders the application's page.
	 */
	@Transactional(readOnly = true)
	public String applicantLink(UUID id) {
		SubmissionView submission = find(id).orElseThrow();
		return links.of(id, submission.applicantAccount());
	}

	/**
	 * Submits an application filled outside the journey (a machine API such as Open311): a draft with these answers
	 * and files, stored beforehand through the documents module, is submitted at once in the caller's transaction —
	 * the same submission, event and mails as from the journey. Callers validate the answers first to say where they
	 * are wrong; answers that still do not pass the form version's checks throw {@link Applications.Incomplete}.
	 */
	@Transactional
	public SubmissionView submitFilled(PublishedService service, PublishedForm form, Answers filled, List<FilledFile> files,
			Locale locale) {
		Draft draft = applications.start(service, form, null, null, locale);
		files.forEach(file -> applications.attach(draft.id(), file.fieldPath(), file.document().id(), file.document().fileName(),
				file.document().mediaType(), file.document().size()));
		FormDefinition definition = form.definition();
		applications.save(draft.id(), definition, filled, definition.pages().get(definition.pages().size() - 1).id());
		return applications.submit(draft.id(), form, service, false, LocalDate.now(clock.withZone(Applications.BERLIN))).view();
	}

	/** A file of an application filled outside the journey: the answer of field {@code fieldPath}. */
	public record FilledFile(String fieldPath, StoredDocument document) {
	}

	/** Records that the applicant rated the service at this moment; false when they already had (one rating each). */
	@Transactional
	public boolean markRated(UUID id, boolean afterDecision) {
		return applications.markRated(id, afterDecision);
	}

	@Transactional(readOnly = true)
	public boolean hasRated(UUID id, boolean afterDecision) {
		return records.find(id).map(s -> afterDecision ? s.ratedAfterDecision() : s.ratedAfterSubmission()).orElse(false);
	}
}
