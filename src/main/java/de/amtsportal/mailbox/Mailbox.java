package de.amtsportal.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Role;
import de.amtsportal.documents.Documents;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.mailbox.internal.Threads;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * The module's API: the authority writes to an application's Postfach thread (the cases module will call
 * {@link #send} from the case view), the applicant replies. Every write checks who writes on the server: staff
 * must be caseworkers of the application's responsible unit, applicants must be the application's applicant.
 */
@Service
public class Mailbox {

	public static final int MAX_TEXT = 10_000;
	public static final int MAX_REQUESTED = 20;
	public static final int MAX_REQUESTED_LENGTH = 200;

	private final Threads threads;
	private final Submissions submissions;
	private final Directory directory;
	private final CurrentUser currentUser;
	private final MessageFiles files;
	private final Documents documents;

	Mailbox(Threads threads, Submissions submissions, Directory directory, CurrentUser currentUser, MessageFiles files,
			Documents documents) {
		this.documents = documents;
		this.threads = threads;
		this.submissions = submissions;
		this.directory = directory;
		this.currentUser = currentUser;
		this.files = files;
	}

	/**
	 * Sends a message, query or decision of the authority with already stored documents (a decision: its PDF).
	 * A query or document request sets the application to "waiting for you", a decision to "decided"; the
	 * applicant gets a mail that there is news.
	 *
	 * @throws AccessDeniedException when the author is no caseworker of the application's responsible unit
	 * @throws ApplicationNotOpen for a query, document request or decision on an application already finished
	 */
	@Transactional
	public MessageView send(UUID submissionId, MessageKind kind, String text, List<UUID> documentIds, AccountId author) {
		return send(submissionId, kind, text, List.of(), documentIds, author);
	}

	/** {@link #send} with the list of documents a {@link MessageKind#DOCUMENT_REQUEST} asks for, one short label each. */
	@Transactional
	public MessageView send(UUID submissionId, MessageKind kind, String text, List<String> requestedDocuments,
			List<UUID> documentIds, AccountId author) {
		SubmissionView submission = submissions.find(submissionId).orElseThrow(() -> new IllegalArgumentException("No such application"));
		if (!kind.fromAuthority()) {
			throw new IllegalArgumentException("The authority does not reply");
		}
		if (directory.holders(Role.CASEWORKER, submission.responsibleUnit()).stream().noneMatch(p -> p.id().equals(author))) {
			throw new AccessDeniedException("Not a caseworker of the responsible unit");
		}
		List<MessageAttachment> files = this.files.of(documentIds);
		checkText(text, kind != MessageKind.DECISION);
		checkRequested(kind, requestedDocuments);
		if (kind == MessageKind.DECISION && files.stream().noneMatch(f -> "application/pdf".equals(f.mediaType()))) {
			throw new IllegalArgumentException("A decision is a PDF document");
		}
		return threads.post(submission, kind, text.strip(), requestedDocuments.stream().map(String::strip).toList(), files,
				author.value());
	}

	/**
	 * The applicant's reply (text, files or both); answers a query or document request, so the application goes
	 * back to "in progress". Only the person behind the current request who may read the application as its
	 * applicant may reply.
	 */
	@Transactional
	public MessageView reply(UUID submissionId, String text, List<UUID> documentIds) {
		SubmissionView submission = submissions.find(submissionId).filter(s -> submissions.mayReadAsApplicant(s.id()))
			.orElseThrow(() -> new AccessDeniedException("Not the applicant"));
		List<MessageAttachment> files = this.files.of(documentIds);
		checkText(text, files.isEmpty());
		return threads.post(submission, MessageKind.REPLY, text.strip(), List.of(), files, null);
	}

	/** The thread's messages, oldest first; callers check access ({@link #mayHandle} or the applicant's check). */
	@Transactional(readOnly = true)
	public List<MessageView> messages(UUID submissionId) {
		return threads.messages(submissionId);
	}

	/**
	 * Erases an application's thread with every message and file, in the caller's transaction (the retention of the
	 * case ended); returns how many messages there were.
	 */
	@Transactional
	public int erase(UUID submissionId) {
		return threads.erase(submissionId, documents::delete);
	}

	/** Whether the signed-in person is a caseworker of the application's responsible unit. */
	@Transactional(readOnly = true)
	public boolean mayHandle(UUID submissionId) {
		Optional<SubmissionView> submission = submissions.find(submissionId);
		return submission.isPresent() && currentUser.get()
			.map(me -> me.caseworkerUnits().contains(submission.get().responsibleUnit()))
			.orElse(false);
	}

	private static void checkText(String text, boolean required) {
		if (required && text.isBlank()) {
			throw new IllegalArgumentException("A message needs a text");
		}
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("The text is too long");
		}
	}

	private static void checkRequested(MessageKind kind, List<String> requested) {
		if (kind == MessageKind.DOCUMENT_REQUEST && requested.stream().allMatch(String::isBlank)) {
			throw new IllegalArgumentException("A document request names the documents");
		}
		if (kind != MessageKind.DOCUMENT_REQUEST && !requested.isEmpty()) {
			throw new IllegalArgumentException("Only a document request names documents");
		}
		if (requested.size() > MAX_REQUESTED
				|| requested.stream().anyMatch(r -> r.isBlank() || r.length() > MAX_REQUESTED_LENGTH || r.contains("\n"))) {
			throw new IllegalArgumentException("Requested documents are up to " + MAX_REQUESTED + " short labels");
		}
	}
}
