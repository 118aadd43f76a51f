package de.amtsportal.intranet.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.ItemKind;

/**
 * Process descriptions (Prozessbeschreibungen): publishers describe a procedure step by step for an audience;
 * each edit publishes a new version and the older ones stay readable. Members see the processes meant for them
 * under the one visibility rule, in every version.
 */
@Service
public class Processes {

	private final Items items;
	private final ProcessVersions versions;
	private final Visibility visibility;
	private final Clock clock;

	Processes(Items items, ProcessVersions versions, Visibility visibility, Clock clock) {
		this.items = items;
		this.versions = versions;
		this.visibility = visibility;
		this.clock = clock;
	}

	/** A process with the version being read and the whole history, newest first. */
	public record Shown(Item item, ProcessVersion version, List<ProcessVersion> history) {

		public boolean isCurrent() {
			return version.versionNumber() == history.get(0).versionNumber();
		}
	}

	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public UUID describe(ProcessVersion.Description description, Audience audience, SignedInAccount publisher) {
		Instant now = clock.instant();
		Item item = items.save(Item.process(content(description, audience), publisher.id().value(), now));
		versions.save(new ProcessVersion(item.id(), 1, description, "", publisher.displayName(), now));
		return item.id();
	}

	/** Publishes the next version; the previous ones stay as they were. */
	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public int revise(UUID id, ProcessVersion.Description description, Audience audience, String note,
			SignedInAccount publisher) {
		Item item = items.findById(id).filter(i -> i.kind() == ItemKind.PROCESS).orElseThrow();
		item.revise(content(description, audience));
		items.save(item);
		int next = versions.findFirstByItemIdOrderByVersionNumberDesc(id).orElseThrow().versionNumber() + 1;
		versions.save(new ProcessVersion(id, next, description, note, publisher.displayName(), clock.instant()));
		return next;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
	public List<Item> all() {
		return items.findByKindOrderByFolderAscTitleAsc(ItemKind.PROCESS);
	}

	/** The processes the viewer may see, by title. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('" + Permissions.INTRANET + "', '" + Permissions.INTRANET_PUBLISH + "')")
	public List<Item> visibleTo(SignedInAccount viewer) {
		LocalDate today = today();
		return items.findByKindOrderByFolderAscTitleAsc(ItemKind.PROCESS).stream()
			.filter(i -> visibility.maySee(viewer, i, today))
			.toList();
	}

	/**
	 * A version of a process the viewer may see (the current one when {@code versionNumber} is empty); empty when
	 * the process or version does not exist or is not meant for the viewer.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('" + Permissions.INTRANET + "', '" + Permissions.INTRANET_PUBLISH + "')")
	public Optional<Shown> find(SignedInAccount viewer, UUID id, Optional<Integer> versionNumber) {
		LocalDate today = today();
		return items.findById(id)
			.filter(i -> i.kind() == ItemKind.PROCESS && visibility.maySee(viewer, i, today))
			.flatMap(item -> {
				List<ProcessVersion> history = versions.findByItemIdOrderByVersionNumberDesc(id);
				return history.stream()
					.filter(v -> versionNumber.map(n -> v.versionNumber() == n).orElse(true))
					.findFirst()
					.map(v -> new Shown(item, v, history));
			});
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Noticeboard.ZONE));
	}

	private static Item.Content content(ProcessVersion.Description description, Audience audience) {
		return new Item.Content(description.title(), description.searchText(), null, null, false, audience);
	}
}
