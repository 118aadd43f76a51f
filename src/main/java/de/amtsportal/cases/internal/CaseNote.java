package de.amtsportal.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal note of a caseworker: part of the case file, never shown to the applicant. Notes are not edited. */
@Entity
@Table(name = "case_note")
public class CaseNote {

	public static final int MAX_LENGTH = 10_000;

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID caseId;
	private UUID author;
	private String authorName;
	@Column(name = "body")
	private String text;
	private Instant writtenAt;

	protected CaseNote() {
		this.id = this.caseId = this.author = UNLOADED;
		this.authorName = this.text = "";
		this.writtenAt = Instant.EPOCH;
	}

	CaseNote(UUID caseId, UUID author, String authorName, String text, Instant now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.author = author;
		this.authorName = authorName;
		this.text = text;
		this.writtenAt = now;
	}

	public UUID id() {
		return id;
	}

	public String authorName() {
		return authorName;
	}

	public String text() {
		return text;
	}

	public Instant writtenAt() {
		return writtenAt;
	}
}
