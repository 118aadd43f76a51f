package de.amtsportal.intranet.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.ItemKind;
import de.amtsportal.intranet.ItemPublished;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/**
 * Tells members by mail that there is something new for them — never what it says: the mail carries only the
 * kind of item and a link, and the page behind the link asks the visibility rule again. Immediate notices go out
 * in the publishing transaction through the outbox, so they leave only if the publication commits. Items whose
 * validity starts later reach members through the weekly digest ({@link WeeklyDigest}) once they are out.
 */
@Component
class NewItemMails {

	private final Directory directory;
	private final Visibility visibility;
	private final NotificationPreferences preferences;
	private final Items items;
	private final Mails mails;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	NewItemMails(Directory directory, Visibility visibility, NotificationPreferences preferences, Items items, Mails mails,
			MessageSource messages, Clock clock, @Value("${amtsportal.base-url}") String baseUrl) {
		this.directory = directory;
		this.visibility = visibility;
		this.preferences = preferences;
		this.items = items;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Runs inside the publishing transaction (the aggregate's event is published when it is saved). */
	@EventListener
	void on(ItemPublished published) {
		Item item = items.findById(published.itemId()).orElse(null);
		if (item == null || !visibility.isOut(item, LocalDate.now(clock.withZone(Noticeboard.ZONE)))) {
			return;
		}
		members().forEach(member -> {
			if (addresses(item, member)
					&& preferences.read(member.person().id().value()).get(item.kind()) == NotificationPreferences.Mode.IMMEDIATE) {
				Locale locale = member.person().locale();
				Object[] args = { messages.getMessage("intranet.kind." + item.kind().name(), null, locale), link(item) };
				mails.send(new MailMessage(member.person().email(),
						messages.getMessage("intranet.mail.new.subject", args, locale),
						messages.getMessage("intranet.mail.new.body", args, locale)));
			}
		});
	}

	/**
	 * One mail per member listing the items that came out in (from, to] and that they may see, in the categories
	 * they chose the weekly digest for. Returns how many mails were queued.
	 */
	int digest(Instant from, Instant to) {
		List<Item> fresh = items.findByStatusOrderByPublishedAtDesc(Item.Status.PUBLISHED).stream()
			.filter(i -> outAt(i).isAfter(from) && !outAt(i).isAfter(to))
			.toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		int sent = 0;
		for (Member member : members()) {
			Map<ItemKind, NotificationPreferences.Mode> modes = preferences.read(member.person().id().value());
			List<Item> theirs = fresh.stream()
				.filter(i -> modes.get(i.kind()) == NotificationPreferences.Mode.WEEKLY && addresses(i, member))
				.toList();
			if (theirs.isEmpty()) {
				continue;
			}
			Locale locale = member.person().locale();
			StringBuilder list = new StringBuilder();
			theirs.forEach(i -> list.append("- ").append(messages.getMessage("intranet.kind." + i.kind().name(), null, locale))
				.append(": ").append(link(i)).append('\n'));
			Object[] args = { theirs.size(), list.toString() };
			mails.send(new MailMessage(member.person().email(),
					messages.getMessage("intranet.mail.digest.subject", args, locale),
					messages.getMessage("intranet.mail.digest.body", args, locale)));
			sent++;
		}
		return sent;
	}

	/** When the audience first could see the item: its publication, or the start of its first valid day. */
	private static Instant outAt(Item item) {
		Instant published = item.publishedAt() == null ? item.createdAt() : item.publishedAt();
		if (item.validFrom() == null) {
			return published;
		}
		Instant firstDay = item.validFrom().atStartOfDay(Noticeboard.ZONE).toInstant();
		return firstDay.isAfter(published) ? firstDay : published;
	}

	/** A member with their groups in each of their institutions; members of several institutions come once. */
	private record Member(Directory.Person person, Map<UUID, Directory.InstitutionMember> memberships) {
	}

	private List<Member> members() {
		Map<UUID, Member> members = new LinkedHashMap<>();
		for (Directory.InstitutionView institution : directory.institutions()) {
			for (Directory.InstitutionMember m : directory.members(institution.id())) {
				members.computeIfAbsent(m.person().id().value(), id -> new Member(m.person(), new LinkedHashMap<>()))
					.memberships().put(institution.id(), m);
			}
		}
		return new ArrayList<>(members.values());
	}

	private boolean addresses(Item item, Member member) {
		return member.memberships().entrySet().stream().anyMatch(e -> visibility.addresses(item, e.getKey(), e.getValue()));
	}

	private String link(Item item) {
		String path = switch (item.kind()) {
			case NEWS, CIRCULAR -> "/intranet/mitteilungen/";
			case DOCUMENT -> "/intranet/bibliothek/";
			case PROCESS -> "/intranet/prozesse/";
		};
		return baseUrl + path + item.id();
	}
}
