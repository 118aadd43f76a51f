package de.amtsportal.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.submissions.SubmittedFile;

/**
 * The case file (eAkte): every document of a case in the order it came in — the receipt, the files sent with the
 * application, the Postfach messages and their files, decisions, internal notes — each with its type, date,
 * author and version. Stored documents are named by id so the page can offer them (the caller checked access).
 */
@Component
public class CaseFile {

	/** What a document of the case file is; {@code cases.file.type.<name>} names it on the page. */
	public enum Type {
		RECEIPT, APPLICATION_FILE, MESSAGE, MESSAGE_FILE, REPLY, REPLY_FILE, DECISION, NOTE
	}

	/**
	 * One document. {@code author} is a person's name, or null where the applicant wrote (the page says so);
	 * {@code documentId} the stored file, if it is one; {@code text} a message's or note's text.
	 */
	public record Entry(Type type, String title, Instant date, @Nullable String author, int version,
			@Nullable UUID documentId, @Nullable String mediaType, @Nullable String text) {

		public boolean internal() {
			return type == Type.NOTE;
		}

		public boolean previewable() {
			return documentId != null && mediaType != null
					&& (mediaType.startsWith("image/") || "application/pdf".equals(mediaType));
		}
	}

	private final Submissions submissions;
	private final Mailbox mailbox;
	private final CaseNotes notes;
	private final Directory directory;

	CaseFile(Submissions submissions, Mailbox mailbox, CaseNotes notes, Directory directory) {
		this.submissions = submissions;
		this.mailbox = mailbox;
		this.notes = notes;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public List<Entry> of(Case c) {
		SubmissionView submission = submissions.find(c.submissionId()).orElseThrow();
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(Type.RECEIPT, submissions.receiptFileName(c.submissionId()), submission.submittedAt(), null, 1, null,
				"application/pdf", null));
		for (SubmittedFile file : submissions.files(c.submissionId())) {
			entries.add(new Entry(Type.APPLICATION_FILE, file.fileName(), submission.submittedAt(), null, 1, file.documentId(),
					file.mediaType(), null));
		}
		for (MessageView message : mailbox.messages(c.submissionId())) {
			String author = message.author() == null ? null
					: directory.person(new AccountId(message.author())).map(Directory.Person::displayName).orElse("");
			boolean reply = message.kind() == MessageKind.REPLY;
			entries.add(new Entry(reply ? Type.REPLY : message.kind() == MessageKind.DECISION ? Type.DECISION : Type.MESSAGE,
					message.kind().name(), message.sentAt(), author, 1, null, null, message.text()));
			message.attachments().forEach(a -> entries.add(new Entry(
					reply ? Type.REPLY_FILE : message.kind() == MessageKind.DECISION ? Type.DECISION : Type.MESSAGE_FILE,
					a.fileName(), message.sentAt(), author, 1, a.documentId(), a.mediaType(), null)));
		}
		notes.findByCaseIdOrderByWrittenAt(c.id()).forEach(note -> entries.add(new Entry(Type.NOTE, "", note.writtenAt(),
				note.authorName(), 1, null, null, note.text())));
		entries.sort(Comparator.comparing(Entry::date));
		return entries;
	}

	/** The stored document with this id if it belongs to the case file (else the request gets nothing). */
	@Transactional(readOnly = true)
	public Optional<Entry> document(Case c, UUID documentId) {
		return of(c).stream().filter(e -> documentId.equals(e.documentId())).findFirst();
	}
}
