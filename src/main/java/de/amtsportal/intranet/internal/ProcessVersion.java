package de.amtsportal.intranet.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One published version of a process description. Editing a process publishes a new version; the older ones are
 * kept unchanged so that what a school followed last year can still be read.
 */
@Entity
@Table(name = "intranet_process_version")
public class ProcessVersion {

	@Id
	private UUID id;
	private UUID itemId;
	private int versionNumber;
	private String title;
	private String summary;
	private String note;
	private String publishedBy;
	private Instant publishedAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "intranet_process_step", joinColumns = @JoinColumn(name = "version_id"))
	@OrderBy("position")
	private List<ProcessStep> steps = new ArrayList<>();

	protected ProcessVersion() {
		this.id = this.itemId = new UUID(0, 0);
		this.title = this.summary = this.note = this.publishedBy = "";
		this.publishedAt = Instant.EPOCH;
	}

	ProcessVersion(UUID itemId, int versionNumber, Description description, String note, String publishedBy, Instant now) {
		if (description.steps().isEmpty()) {
			throw new IllegalArgumentException("a process needs at least one step");
		}
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.versionNumber = versionNumber;
		this.title = description.title();
		this.summary = description.summary();
		this.steps.addAll(description.steps());
		this.note = note;
		this.publishedBy = publishedBy;
		this.publishedAt = now;
	}

	/** What the publisher writes for a version: title, an introduction and the steps in order. */
	public record Description(String title, String summary, List<ProcessStep> steps) {

		public Description {
			steps = List.copyOf(steps);
		}

		/** The text the search finds: the introduction and every step. */
		String searchText() {
			StringBuilder text = new StringBuilder(summary);
			steps.forEach(s -> text.append("\n\n").append(s.text()));
			return text.toString();
		}
	}

	public Description description() {
		return new Description(title, summary, steps);
	}

	public UUID itemId() {
		return itemId;
	}

	public int versionNumber() {
		return versionNumber;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public List<ProcessStep> steps() {
		return List.copyOf(steps);
	}

	public String note() {
		return note;
	}

	public String publishedBy() {
		return publishedBy;
	}

	public Instant publishedAt() {
		return publishedAt;
	}
}
