package de.amtsportal.mailbox.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import de.amtsportal.mailbox.MessageAttachment;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.ApplicationStatus;

/** One message of a thread, with the files sent with it. */
@Entity
@Table(name = "mailbox_message")
class Message {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID threadId;
	@Enumerated(EnumType.STRING)
	private MessageKind kind;
	private String body;
	/** One requested document per line: short labels, never more than a handful. */
	private String requestedDocuments;
	private @Nullable UUID authorAccount;
	private Instant sentAt;
	private @Nullable Instant readAt;
	@Enumerated(EnumType.STRING)
	private @Nullable ApplicationStatus statusChangedTo;
	private @Nullable Instant statusChangedAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "mailbox_attachment", joinColumns = @JoinColumn(name = "message_id"))
	@OrderColumn(name = "ordinal")
	private List<File> attachments = new ArrayList<>();

	protected Message() {
		this.id = this.threadId = UNLOADED;
		this.kind = MessageKind.MESSAGE;
		this.body = this.requestedDocuments = "";
		this.sentAt = Instant.EPOCH;
	}

	Message(MessageThread thread, MessageKind kind, String body, List<String> requestedDocuments, List<MessageAttachment> files,
			@Nullable UUID author, Instant now) {
		this.id = UUID.randomUUID();
		this.threadId = thread.id();
		this.kind = kind;
		this.body = body;
		this.requestedDocuments = String.join("\n", requestedDocuments);
		this.authorAccount = author;
		this.sentAt = now;
		files.forEach(f -> attachments.add(new File(f.documentId(), f.fileName(), f.mediaType(), f.size())));
	}

	/** The applicant opened it: the first time counts. */
	boolean read(Instant now) {
		if (readAt != null || !kind.fromAuthority()) {
			return false;
		}
		readAt = now;
		return true;
	}

	void changedStatus(ApplicationStatus status, Instant at) {
		this.statusChangedTo = status;
		this.statusChangedAt = at;
	}

	UUID id() {
		return id;
	}

	MessageKind kind() {
		return kind;
	}

	MessageView view(UUID submissionId) {
		List<String> requested = requestedDocuments.isEmpty() ? List.of() : Arrays.asList(requestedDocuments.split("\n"));
		return new MessageView(id, submissionId, kind, body, requested, attachments.stream().map(File::view).toList(),
				authorAccount, sentAt, readAt);
	}

	@Embeddable
	static class File {

		private UUID documentId;
		private String fileName;
		private String mediaType;
		@Column(name = "size_bytes")
		private long size;

		protected File() {
			this.documentId = UNLOADED;
			this.fileName = this.mediaType = "";
		}

		File(UUID documentId, String fileName, String mediaType, long size) {
			this.documentId = documentId;
			this.fileName = fileName;
			this.mediaType = mediaType;
			this.size = size;
		}

		MessageAttachment view() {
			return new MessageAttachment(documentId, fileName, mediaType, size);
		}
	}
}
