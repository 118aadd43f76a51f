package de.amtsportal.intranet.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.SignedInAccount;

/** What members of institutions read: the news and circulars meant for them, and their read confirmations. */
@Service
@PreAuthorize("hasAuthority('" + Permissions.INTRANET + "')")
public class Noticeboard {

	/** Validity dates are days in the authority's time zone. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Items items;
	private final Acknowledgements acknowledgements;
	private final PersonalAcknowledgements personalAcknowledgements;
	private final Visibility visibility;
	private final Directory directory;
	private final ItemFiles files;
	private final Clock clock;

	Noticeboard(Items items, Acknowledgements acknowledgements, PersonalAcknowledgements personalAcknowledgements,
			Visibility visibility, Directory directory, ItemFiles files, Clock clock) {
		this.personalAcknowledgements = personalAcknowledgements;
		this.directory = directory;
		this.files = files;
		this.items = items;
		this.acknowledgements = acknowledgements;
		this.visibility = visibility;
		this.clock = clock;
	}

	/** The published items the viewer may see, newest first. */
	@Transactional(readOnly = true)
	public List<Item> visibleTo(SignedInAccount viewer) {
		LocalDate today = today();
		return items.findByStatusOrderByPublishedAtDesc(Item.Status.PUBLISHED).stream()
			.filter(i -> i.kind().isMessage() && visibility.maySee(viewer, i, today))
			.toList();
	}

	/** An item the viewer may see; empty for one that does not exist and for one that is not meant for them. */
	@Transactional(readOnly = true)
	public Optional<Item> find(SignedInAccount viewer, UUID id) {
		LocalDate today = today();
		return items.findById(id).filter(i -> i.kind().isMessage() && visibility.isOut(i, today) && visibility.maySee(viewer, i, today));
	}

	/** An attachment of an item the viewer may see; empty when either is not theirs to see. */
	@Transactional(readOnly = true)
	public Optional<Library.Download> attachment(SignedInAccount viewer, UUID id, int number) {
		return find(viewer, id).flatMap(i -> files.open(i, number));
	}

	/** For each of the viewer's institutions the item asks to confirm: the confirmation, or none yet. */
	@Transactional(readOnly = true)
	public Map<UUID, Optional<Acknowledgement>> confirmations(SignedInAccount viewer, Item item) {
		if (!item.asksForAcknowledgement() || item.asksEachPerson()) {
			return Map.of();
		}
		Map<UUID, Acknowledgement> given = acknowledgements.findByItemId(item.id()).stream()
			.collect(Collectors.toMap(Acknowledgement::institutionId, Function.identity()));
		return visibility.addressedInstitutions(viewer, item).stream()
			.collect(Collectors.toMap(Function.identity(), i -> Optional.ofNullable(given.get(i))));
	}

	/**
	 * The viewer's own confirmation of a circular asked of each person: when they confirmed, or empty while they
	 * have not. Only ever their own: members do not see who else has confirmed.
	 */
	@Transactional(readOnly = true)
	public OwnAcknowledgement ownConfirmation(SignedInAccount viewer, Item item) {
		if (!item.asksEachPerson()) {
			return new OwnAcknowledgement(false, null);
		}
		Instant at = personalAcknowledgements.findByItemIdAndAccountId(item.id(), viewer.id().value()).stream()
			.map(PersonalAcknowledgement::acknowledgedAt).min(Comparator.naturalOrder()).orElse(null);
		return new OwnAcknowledgement(at != null || !addressedMemberships(viewer, item).isEmpty(), at);
	}

	/**
	 * Confirms the circular: per institution for each of the viewer's addressed institutions that has not confirmed
	 * yet, or per person for the viewer themself (once; noted for each addressed institution they belong to).
	 */
	@Transactional
	public void acknowledge(SignedInAccount viewer, UUID id) {
		Item item = find(viewer, id).filter(Item::asksForAcknowledgement).orElseThrow(NotVisible::new);
		if (item.asksEachPerson()) {
			if (personalAcknowledgements.findByItemIdAndAccountId(id, viewer.id().value()).isEmpty()) {
				addressedMemberships(viewer, item).forEach((institution, groups) -> personalAcknowledgements.save(
						new PersonalAcknowledgement(id, viewer.id().value(), institution, viewer.displayName(), groups, clock.instant())));
			}
			return;
		}
		for (UUID institution : visibility.addressedInstitutions(viewer, item)) {
			if (!acknowledgements.existsById(new Acknowledgement.Key(id, institution))) {
				acknowledgements.save(new Acknowledgement(id, institution, viewer.id().value(), viewer.displayName(), clock.instant()));
			}
		}
	}

	/** The viewer's institutions in which they are addressed, with their addressed target groups there. */
	private Map<UUID, List<String>> addressedMemberships(SignedInAccount viewer, Item item) {
		Map<UUID, List<String>> memberships = new java.util.TreeMap<>();
		for (UUID institution : visibility.addressedInstitutions(viewer, item)) {
			directory.members(institution).stream()
				.filter(m -> m.person().id().equals(viewer.id()) && visibility.addresses(item, institution, m))
				.findFirst()
				.ifPresent(m -> memberships.put(institution,
						m.targetGroups().stream().filter(item.audience().targetGroups()::contains).sorted().toList()));
		}
		return memberships;
	}

	/** Whether the viewer is asked to confirm for themself, and when they did. */
	public record OwnAcknowledgement(boolean asked, @Nullable Instant acknowledgedAt) {

		public boolean open() {
			return asked && acknowledgedAt == null;
		}
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** The item does not exist, or the viewer may not know that it does. */
	public static class NotVisible extends RuntimeException {
	}
}
