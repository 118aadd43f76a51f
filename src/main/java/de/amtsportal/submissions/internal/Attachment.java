package de.amtsportal.submissions.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A file uploaded for a field of a draft; at submit it belongs to the submission instead. */
@Entity
@Table(name = "submission_attachment")
public class Attachment {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private @Nullable UUID draftId;
	private @Nullable UUID submissionId;
	private UUID documentId;
	private String fieldPath;
	private String fileName;
	private String mediaType;
	@Column(name = "size_bytes")
	private long size;
	private Instant createdAt;

	protected Attachment() {
		this.id = this.documentId = UNLOADED;
		this.fieldPath = this.fileName = this.mediaType = "";
		this.createdAt = Instant.EPOCH;
	}

	Attachment(UUID draftId, UUID documentId, String fieldPath, String fileName, String mediaType, long size, Instant now) {
		this.id = UUID.randomUUID();
		this.draftId = draftId;
		this.documentId = documentId;
		this.fieldPath = fieldPath;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.createdAt = now;
	}

	void submittedWith(UUID submissionId) {
		this.submissionId = submissionId;
		this.draftId = null;
	}

	public UUID id() {
		return id;
	}

	public UUID documentId() {
		return documentId;
	}

	public String fieldPath() {
		return fieldPath;
	}

	public String fileName() {
		return fileName;
	}

	public String mediaType() {
		return mediaType;
	}

	public long size() {
		return size;
	}

	public @Nullable UUID submissionId() {
		return submissionId;
	}

	public @Nullable UUID draftId() {
		return draftId;
	}
}
