package de.amtsportal.forms.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A reviewer's comment on a form version — on the whole form, a page or a field — and the editor's answer. */
@Entity
@Table(name = "form_review_comment")
public class ReviewComment {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID versionId;
	private @Nullable String target;
	private String author;
	private String text;
	private Instant createdAt;
	private @Nullable String reply;
	private @Nullable String repliedBy;
	private @Nullable Instant repliedAt;

	protected ReviewComment() {
		this.id = this.versionId = UNLOADED;
		this.author = this.text = "";
		this.createdAt = Instant.EPOCH;
	}

	ReviewComment(UUID versionId, @Nullable String target, String author, String text, Instant now) {
		this.id = UUID.randomUUID();
		this.versionId = versionId;
		this.target = target;
		this.author = author;
		this.text = text;
		this.createdAt = now;
	}

	void answer(String reply, String editor, Instant now) {
		this.reply = reply;
		this.repliedBy = editor;
		this.repliedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID versionId() {
		return versionId;
	}

	public @Nullable String target() {
		return target;
	}

	public String author() {
		return author;
	}

	public String text() {
		return text;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable String reply() {
		return reply;
	}

	public @Nullable String repliedBy() {
		return repliedBy;
	}

	public @Nullable Instant repliedAt() {
		return repliedAt;
	}
}
