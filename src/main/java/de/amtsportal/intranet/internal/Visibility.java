package de.amtsportal.intranet.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.amtsportal.access.Permissions;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.SignedInAccount;

/**
 * The one rule of who may see an intranet item. Lists, detail pages, downloads, search filters and mails all ask
 * here, so that no channel shows a member what was not meant for them.
 * <p>
 * Publishers see everything. A member sees a published item from its first day of validity when one of their
 * institutions is addressed and they belong to one of the addressed target groups. (The signed-in account knows
 * the member's target groups across all their institutions; members of several institutions are rare, and mails
 * use each institution's own groups through {@link #addresses(Item, UUID, Directory.InstitutionMember)}.)
 */
@Component
public class Visibility {

	public boolean isPublisher(SignedInAccount viewer) {
		return viewer.roles().stream().anyMatch(r -> r.permissions().contains(Permissions.INTRANET_PUBLISH));
	}

	public boolean maySee(SignedInAccount viewer, Item item, LocalDate today) {
		if (isPublisher(viewer)) {
			return true;
		}
		return isOut(item, today) && !addressedInstitutions(viewer, item).isEmpty()
				&& viewer.targetGroups().stream().anyMatch(item.audience().targetGroups()::contains);
	}

	/** The viewer's institutions that the item addresses (for which they may confirm a circular). */
	public Set<UUID> addressedInstitutions(SignedInAccount viewer, Item item) {
		return viewer.institutions().stream().filter(item.audience()::addresses).collect(Collectors.toUnmodifiableSet());
	}

	/** Whether a member of this institution, with their groups there, is addressed by a published item (for mails). */
	public boolean addresses(Item item, UUID institution, Directory.InstitutionMember member) {
		return item.audience().addresses(institution)
				&& member.targetGroups().stream().anyMatch(item.audience().targetGroups()::contains);
	}

	/** Published and within its first day of validity: from then on its audience sees it. */
	public boolean isOut(Item item, LocalDate today) {
		return item.status() == Item.Status.PUBLISHED && (item.validFrom() == null || !item.validFrom().isAfter(today));
	}
}
