package de.amtsportal.intranet.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.identity.Directory.InstitutionView;
import de.amtsportal.intranet.ItemKind;

/** What publishers do: write news and circulars, publish them, follow and chase read confirmations. */
@Service
@PreAuthorize("hasAuthority('" + Permissions.INTRANET_PUBLISH + "')")
public class Publication {

	private final Items items;
	private final Acknowledgements acknowledgements;
	private final PersonalAcknowledgements personalAcknowledgements;
	private final Visibility visibility;
	private final Directory directory;
	private final Reminders reminders;
	private final ItemFiles files;
	private final Clock clock;

	Publication(Items items, Acknowledgements acknowledgements, PersonalAcknowledgements personalAcknowledgements,
			Visibility visibility, Directory directory, Reminders reminders, ItemFiles files, Clock clock) {
		this.personalAcknowledgements = personalAcknowledgements;
		this.visibility = visibility;
		this.files = files;
		this.items = items;
		this.acknowledgements = acknowledgements;
		this.directory = directory;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Transactional
	public UUID draft(ItemKind kind, Item.Content content, AccountId author) {
		return items.save(new Item(kind, content, author.value(), clock.instant())).id();
	}

	@Transactional
	public void edit(UUID id, Item.Content content) {
		Item item = items.findById(id).orElseThrow();
		item.edit(content);
		items.save(item);
	}

	@Transactional
	public void publish(UUID id) {
		Item item = items.findById(id).orElseThrow();
		item.publish(clock.instant());
		items.save(item);
	}

	/**
	 * Attaches a file to a draft, inspected like a library upload; its text is found by the search once the item
	 * is published.
	 * @throws de.amtsportal.documents.UploadRejected when the file breaks the rules; then nothing is stored
	 */
	@Transactional
	public void attach(UUID id, String fileName, InputStream file, SignedInAccount publisher) {
		Item item = items.findById(id).orElseThrow();
		ItemFiles.Stored stored = files.store(item.attachments().size() + 1, fileName, file, "", publisher, clock.instant());
		item.attach(stored.file(), stored.text());
		items.save(item);
	}

	@Transactional(readOnly = true)
	public Optional<Library.Download> attachment(UUID id, int number) {
		return find(id).flatMap(i -> files.open(i, number));
	}

	@Transactional(readOnly = true)
	public List<Item> all() {
		return items.findByKindInOrderByCreatedAtDesc(List.of(ItemKind.NEWS, ItemKind.CIRCULAR));
	}

	@Transactional(readOnly = true)
	public Optional<Item> find(UUID id) {
		return items.findById(id).filter(i -> i.kind().isMessage());
	}

	/** Every addressed institution with its confirmation, if any; institutions by name. */
	@Transactional(readOnly = true)
	public AcknowledgementOverview overview(UUID id) {
		Item item = items.findById(id).orElseThrow();
		Map<UUID, Acknowledgement> given = acknowledgements.findByItemId(id).stream()
			.collect(Collectors.toMap(Acknowledgement::institutionId, Function.identity()));
		return new AcknowledgementOverview(addressed(item).stream().map(i -> {
			Acknowledgement a = given.get(i.id());
			return new AcknowledgementOverview.Row(i.id(), i.name(), a == null ? null : a.acknowledgedAt(),
					a == null ? null : a.accountName());
		}).toList());
	}

	/**
	 * For a circular asked of each person: the members addressed now in each addressed institution with their own
	 * confirmation, and those who confirmed for it and have left since. Counted live rather than at publication,
	 * because a member who joins later is addressed too and sees the circular.
	 */
	@Transactional(readOnly = true)
	public PersonalAcknowledgementOverview personalOverview(UUID id) {
		Item item = items.findById(id).orElseThrow();
		List<PersonalAcknowledgement> given = personalAcknowledgements.findByItemId(id);
		Map<UUID, Instant> confirmedAt = given.stream()
			.collect(Collectors.toMap(PersonalAcknowledgement::accountId, PersonalAcknowledgement::acknowledgedAt,
					(a, b) -> a.isBefore(b) ? a : b));
		return new PersonalAcknowledgementOverview(addressed(item).stream().map(institution -> {
			List<PersonalAcknowledgementOverview.Person> persons = new ArrayList<>();
			Set<UUID> members = new HashSet<>();
			directory.members(institution.id()).stream()
				.filter(m -> visibility.addresses(item, institution.id(), m))
				.forEach(m -> {
					UUID account = m.person().id().value();
					members.add(account);
					persons.add(new PersonalAcknowledgementOverview.Person(account, m.person().displayName(),
							m.targetGroups().stream().filter(item.audience().targetGroups()::contains).sorted().toList(),
							confirmedAt.get(account)));
				});
			given.stream().filter(a -> a.institutionId().equals(institution.id()) && !members.contains(a.accountId()))
				.forEach(a -> persons.add(new PersonalAcknowledgementOverview.Person(a.accountId(), a.accountName(),
						a.targetGroups(), a.acknowledgedAt())));
			persons.sort(Comparator.comparing(PersonalAcknowledgementOverview.Person::name, String.CASE_INSENSITIVE_ORDER));
			return new PersonalAcknowledgementOverview.Institution(institution.id(), institution.name(), List.copyOf(persons));
		}).toList());
	}

	/**
	 * Mails those who have not confirmed yet (through the outbox, so in this transaction) and notes the reminder:
	 * for a circular asked of each person the persons, otherwise every addressed member of each open institution.
	 * Returns how many persons or institutions were reminded.
	 */
	@Transactional
	public int remind(UUID id) {
		Item item = items.findById(id).orElseThrow();
		item.remind(clock.instant());
		items.save(item);
		if (item.asksEachPerson()) {
			List<Directory.Person> pending = personalOverview(id).pending().stream()
				.flatMap(account -> directory.person(new AccountId(account)).stream())
				.toList();
			pending.forEach(person -> reminders.remind(item, person));
			return pending.size();
		}
		List<AcknowledgementOverview.Row> pending = overview(id).pending();
		pending.forEach(row -> reminders.remind(item, row.institution()));
		return pending.size();
	}

	private List<InstitutionView> addressed(Item item) {
		return directory.institutions().stream().filter(i -> item.audience().addresses(i.id())).toList();
	}
}
