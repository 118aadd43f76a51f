package de.amtsportal.intranet.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import de.amtsportal.intranet.ItemKind;
import de.amtsportal.intranet.ItemPublished;

/**
 * A news item or circular. It is written as a draft and, once published, stays as it was published: what
 * institutions confirmed having read must not change under their confirmation.
 */
@Entity
@Table(name = "intranet_item")
@Indexed(index = "intranet_item")
public class Item extends AbstractAggregateRoot<Item> {

	private static final UUID UNLOADED = new UUID(0, 0);
	static final int MAX_FILE_TEXT = 200_000;
	static final int MAX_BODY = 20_000;

	public enum Status {
		DRAFT, PUBLISHED
	}

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	@KeywordField(projectable = Projectable.YES)
	private ItemKind kind;
	@Enumerated(EnumType.STRING)
	@KeywordField
	private Status status;
	@FullTextField(name = "title", analyzer = IntranetSearch.GERMAN, searchAnalyzer = IntranetSearch.GERMAN_QUERY)
	@FullTextField(name = "title_word", analyzer = IntranetSearch.GERMAN_QUERY)
	@GenericField(name = "title_stored", projectable = Projectable.YES, searchable = Searchable.NO)
	private String title;
	@FullTextField(name = "body", analyzer = IntranetSearch.GERMAN_QUERY)
	private String body;
	/** The text inside a library document's current file, so that search finds what only the file says. */
	@FullTextField(name = "file_text", analyzer = IntranetSearch.GERMAN_QUERY)
	private String fileText = "";
	private @Nullable LocalDate validFrom;
	private @Nullable LocalDate validUntil;
	private boolean acknowledgementRequired;
	@Enumerated(EnumType.STRING)
	private AcknowledgementScope acknowledgementScope = AcknowledgementScope.INSTITUTION;
	private boolean allInstitutions;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "intranet_item_institution", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "institution_id")
	private Set<UUID> institutions = new HashSet<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "intranet_item_group", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "target_group")
	private Set<String> targetGroups = new HashSet<>();
	private UUID authorAccount;
	private Instant createdAt;
	private @Nullable Instant publishedAt;
	private @Nullable Instant lastReminderAt;
	/** The library folder of a document; null for news and circulars. */
	private @Nullable String folder;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "intranet_file_version", joinColumns = @JoinColumn(name = "item_id"))
	@OrderBy("versionNumber")
	private List<FileVersion> versions = new ArrayList<>();
	@Version
	private long version;

	protected Item() {
		this.id = this.authorAccount = UNLOADED;
		this.kind = ItemKind.NEWS;
		this.status = Status.DRAFT;
		this.title = this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	public Item(ItemKind kind, Content content, UUID author, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.status = Status.DRAFT;
		this.authorAccount = author;
		this.createdAt = now;
		this.title = this.body = "";
		apply(content);
	}

	/** A library document with its first file version; it is visible to its audience at once. */
	public static Item document(Content content, String folder, FileVersion first, UUID author, Instant now) {
		Item item = new Item(ItemKind.DOCUMENT, content, author, now);
		item.folder = folder;
		item.versions.add(first);
		item.publish(now);
		return item;
	}

	/**
	 * A process description; it is visible to its audience at once. Its steps live in its versions
	 * ({@link ProcessVersion}); the item carries the current title, audience and the text the search finds.
	 */
	public static Item process(Content content, UUID author, Instant now) {
		Item item = new Item(ItemKind.PROCESS, searchable(content), author, now);
		item.publish(now);
		return item;
	}

	/** A process description's new current version: title, text for the search and audience. */
	public void revise(Content content) {
		if (kind != ItemKind.PROCESS) {
			throw new IllegalStateException("Not a process description: " + id);
		}
		apply(searchable(content));
	}

	/** The body column holds at most this much; a process's steps are cut there for the search only. */
	private static Content searchable(Content content) {
		return content.body().length() <= MAX_BODY ? content
				: new Content(content.title(), content.body().substring(0, MAX_BODY), content.validFrom(),
						content.validUntil(), false, content.audience());
	}

	/** A new version of a library document's file; the older ones stay in its history. */
	public void addVersion(FileVersion next) {
		if (kind != ItemKind.DOCUMENT || next.versionNumber() != versions.size() + 1) {
			throw new IllegalStateException("Not the next version of document " + id);
		}
		versions.add(next);
	}

	/**
	 * Attaches a file to a news item or circular while it is a draft (afterwards it stays as published). The
	 * attachments share the file list of documents, numbered from 1; their texts are added up for the search.
	 */
	public void attach(FileVersion attachment, String text) {
		if (!kind.isMessage() || status != Status.DRAFT || attachment.versionNumber() != versions.size() + 1) {
			throw new IllegalStateException("Not the next attachment of draft " + id);
		}
		versions.add(attachment);
		fileText(fileText.isEmpty() ? text : fileText + "\n\n" + text);
	}

	/** The files attached to a news item or circular, in the order they were attached. */
	public List<FileVersion> attachments() {
		return kind.isMessage() ? List.copyOf(versions) : List.of();
	}

	/** Changes a library document's title, description, folder and audience (its files keep their history). */
	public void describe(Content content, String folder) {
		if (kind != ItemKind.DOCUMENT) {
			throw new IllegalStateException("Not a library document: " + id);
		}
		apply(content);
		this.folder = folder;
	}

	/**
	 * What the publisher writes; {@code acknowledgementRequired} and its scope only count for circulars.
	 */
	public record Content(String title, String body, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
			boolean acknowledgementRequired, AcknowledgementScope acknowledgementScope, Audience audience) {

		/** Content whose read confirmation, if any, is given per institution. */
		public Content(String title, String body, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
				boolean acknowledgementRequired, Audience audience) {
			this(title, body, validFrom, validUntil, acknowledgementRequired, AcknowledgementScope.INSTITUTION, audience);
		}
	}

	public void edit(Content content) {
		if (status != Status.DRAFT) {
			throw new IllegalStateException("A published item is not changed: " + id);
		}
		apply(content);
	}

	public void publish(Instant now) {
		if (status != Status.DRAFT) {
			throw new IllegalStateException("Published already: " + id);
		}
		status = Status.PUBLISHED;
		publishedAt = now;
		registerEvent(new ItemPublished(id, kind));
	}

	/** Notes that the institutions or persons that have not confirmed yet were reminded. */
	public void remind(Instant now) {
		if (!asksForAcknowledgement()) {
			throw new IllegalStateException("Nobody is asked to confirm " + id);
		}
		lastReminderAt = now;
	}

	private void apply(Content content) {
		this.title = content.title();
		this.body = content.body();
		this.validFrom = content.validFrom();
		this.validUntil = content.validUntil();
		this.acknowledgementRequired = kind == ItemKind.CIRCULAR && content.acknowledgementRequired();
		this.acknowledgementScope = content.acknowledgementScope();
		this.allInstitutions = content.audience().allInstitutions();
		this.institutions.clear();
		if (!allInstitutions) {
			this.institutions.addAll(content.audience().institutions());
		}
		this.targetGroups.clear();
		this.targetGroups.addAll(content.audience().targetGroups());
	}

	/** A published circular that asks the addressed institutions to confirm they have read it. */
	public boolean asksForAcknowledgement() {
		return status == Status.PUBLISHED && acknowledgementRequired;
	}

	/** The audience as index terms: {@code all} or the institutions' ids. */
	@KeywordField(name = "institution")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "allInstitutions")),
			@ObjectPath(@PropertyValue(propertyName = "institutions")) })
	public List<String> getInstitutionTerms() {
		return allInstitutions ? List.of(IntranetSearch.ALL) : institutions.stream().map(UUID::toString).sorted().toList();
	}

	@KeywordField(name = "group")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "targetGroups")))
	public List<String> getGroupTerms() {
		return targetGroups.stream().sorted().toList();
	}

	/** The first day the audience sees the item (validity start; for items without one, any day). */
	@GenericField(name = "visible_from")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "validFrom")))
	public LocalDate getVisibleFrom() {
		return validFrom == null ? LocalDate.of(1970, 1, 1) : validFrom;
	}

	/** Keeps the text of the current file for the search (cut to what the column holds). */
	public void fileText(String text) {
		this.fileText = text.length() > MAX_FILE_TEXT ? text.substring(0, MAX_FILE_TEXT) : text;
	}

	public Audience audience() {
		return new Audience(allInstitutions, institutions, targetGroups);
	}

	public Content content() {
		return new Content(title, body, validFrom, validUntil, acknowledgementRequired, acknowledgementScope, audience());
	}

	public UUID id() {
		return id;
	}

	public ItemKind kind() {
		return kind;
	}

	public Status status() {
		return status;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public @Nullable LocalDate validFrom() {
		return validFrom;
	}

	public @Nullable LocalDate validUntil() {
		return validUntil;
	}

	public boolean acknowledgementRequired() {
		return acknowledgementRequired;
	}

	public AcknowledgementScope acknowledgementScope() {
		return acknowledgementScope;
	}

	/** A published circular that asks every addressed member to confirm for themself. */
	public boolean asksEachPerson() {
		return asksForAcknowledgement() && acknowledgementScope == AcknowledgementScope.PERSON;
	}

	public UUID authorAccount() {
		return authorAccount;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}

	public @Nullable Instant lastReminderAt() {
		return lastReminderAt;
	}

	public @Nullable String folder() {
		return folder;
	}

	/** The versions of a library document's file, oldest first. */
	public List<FileVersion> versions() {
		return List.copyOf(versions);
	}

	/** The versions newest first, as the history shows them. */
	public List<FileVersion> versionsNewestFirst() {
		List<FileVersion> newestFirst = new ArrayList<>(versions);
		java.util.Collections.reverse(newestFirst);
		return newestFirst;
	}

	public Optional<FileVersion> currentVersion() {
		return versions.isEmpty() || kind != ItemKind.DOCUMENT ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	/** When the item last changed for its readers: published, or for a document its newest version. */
	public Instant changedAt() {
		return currentVersion().map(FileVersion::uploadedAt).orElse(publishedAt == null ? createdAt : publishedAt);
	}
}
