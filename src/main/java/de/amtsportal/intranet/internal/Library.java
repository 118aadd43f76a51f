package de.amtsportal.intranet.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.ItemKind;

/**
 * The document and form library: publishers file documents in folders and upload new versions; members see the
 * documents meant for them, what is new since their last visit, and download any version.
 */
@Service
public class Library {

	/** Documents and forms as the institutions use them: PDF, Word, Excel, PowerPoint and OpenDocument. */
	public static final UploadRules RULES = new UploadRules(List.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"), 20L * 1024 * 1024);

	static final String AREA = "library";

	private final Items items;
	private final ItemFiles files;
	private final Visibility visibility;
	private final Visits visits;
	private final Clock clock;

	Library(Items items, ItemFiles files, Visibility visibility, Visits visits, Clock clock) {
		this.items = items;
		this.files = files;
		this.visibility = visibility;
		this.visits = visits;
		this.clock = clock;
	}

	/**
	 * Files a new document with its first version.
	 * @throws de.amtsportal.documents.UploadRejected when the file breaks the rules; then nothing is stored
	 */
	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public UUID add(Item.Content content, String folder, String fileName, InputStream file, SignedInAccount publisher) {
		Instant now = clock.instant();
		ItemFiles.Stored stored = files.store(1, fileName, file, "", publisher, now);
		Item document = Item.document(content, folder, stored.file(), publisher.id().value(), now);
		document.fileText(stored.text());
		return items.save(document).id();
	}

	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public void addVersion(UUID id, String fileName, InputStream file, String note, SignedInAccount publisher) {
		Item item = document(id).orElseThrow();
		ItemFiles.Stored stored = files.store(item.versions().size() + 1, fileName, file, note, publisher, clock.instant());
		item.addVersion(stored.file());
		item.fileText(stored.text());
		items.save(item);
	}

	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public void describe(UUID id, Item.Content content, String folder) {
		Item item = document(id).orElseThrow();
		item.describe(content, folder);
		items.save(item);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public List<Item> all() {
		return items.findByKindOrderByFolderAscTitleAsc(ItemKind.DOCUMENT);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public Optional<Item> document(UUID id) {
		return items.findById(id).filter(i -> i.kind() == ItemKind.DOCUMENT);
	}

	/** The documents the viewer may see, by folder and title, and when they last looked (before this visit). */
	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET + "')")
	public Shelf visit(SignedInAccount viewer) {
		Optional<Instant> previous = visits.replace(viewer.id().value(), AREA, clock.instant());
		var today = java.time.LocalDate.now(clock.withZone(Noticeboard.ZONE));
		return new Shelf(items.findByKindOrderByFolderAscTitleAsc(ItemKind.DOCUMENT).stream()
			.filter(i -> visibility.maySee(viewer, i, today))
			.toList(), previous.orElse(null));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('" + Permissions.INTRANET + "', '" + Permissions.INTRANET_PUBLISH + "')")
	public Optional<Item> find(SignedInAccount viewer, UUID id) {
		var today = java.time.LocalDate.now(clock.withZone(Noticeboard.ZONE));
		return items.findById(id).filter(i -> i.kind() == ItemKind.DOCUMENT && visibility.maySee(viewer, i, today));
	}

	/** A version of a document the viewer may see, with its stored file; empty when either is not theirs to see. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('" + Permissions.INTRANET + "', '" + Permissions.INTRANET_PUBLISH + "')")
	public Optional<Download> download(SignedInAccount viewer, UUID id, int versionNumber) {
		return find(viewer, id).flatMap(i -> files.open(i, versionNumber));
	}

	/** The documents a member may see and their previous visit (null on the first). */
	public record Shelf(List<Item> documents, @org.jspecify.annotations.Nullable Instant previousVisit) {

		public boolean isNew(Item document) {
			return previousVisit != null && document.changedAt().isAfter(previousVisit);
		}
	}

	/** A stored file to send; the caller closes the stream. */
	public record Download(StoredDocument document, InputStream content) {
	}
}
