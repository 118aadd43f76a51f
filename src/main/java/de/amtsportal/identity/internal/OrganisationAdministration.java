package de.amtsportal.identity.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.CurrentUser;

/** Administrators manage the authority's org units and the institutions it oversees. */
@Service
@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
public class OrganisationAdministration {

	private final Organisations organisations;
	private final OrgUnits units;
	private final AuditTrail audit;
	private final CurrentUser currentUser;
	private final IdentityProperties properties;
	private final Clock clock;

	OrganisationAdministration(Organisations organisations, OrgUnits units, AuditTrail audit, CurrentUser currentUser,
			IdentityProperties properties, Clock clock) {
		this.organisations = organisations;
		this.units = units;
		this.audit = audit;
		this.currentUser = currentUser;
		this.properties = properties;
		this.clock = clock;
	}

	public record Overview(List<AuthorityWithUnits> authorities, List<Organisation> institutions) {
	}

	public record AuthorityWithUnits(Organisation authority, List<OrgUnit> units) {
	}

	@Transactional(readOnly = true)
	public Overview overview() {
		return new Overview(
				organisations.findByKindOrderByName(Organisation.Kind.AUTHORITY)
					.stream()
					.map(a -> new AuthorityWithUnits(a, units.findByOrganisationIdOrderByName(a.id())))
					.toList(),
				organisations.findByKindOrderByName(Organisation.Kind.INSTITUTION));
	}

	@Transactional(readOnly = true)
	public OrgUnit unit(UUID id) {
		return units.findById(id).orElseThrow(NotFound::new);
	}

	@Transactional(readOnly = true)
	public Organisation institution(UUID id) {
		return organisations.findById(id).filter(o -> o.kind() == Organisation.Kind.INSTITUTION).orElseThrow(NotFound::new);
	}

	@Transactional
	public OrgUnit addUnit(String name, @Nullable String contactEmail) {
		Organisation authority = authority();
		String slug = slug(name);
		requireFreeUnitName(authority.id(), slug, null);
		OrgUnit unit = units.save(new OrgUnit(authority.id(), name.strip(), slug, blankToNull(contactEmail)));
		record("org-unit.created", unit.id());
		return unit;
	}

	@Transactional
	public void updateUnit(UUID id, String name, @Nullable String contactEmail) {
		OrgUnit unit = units.findById(id).orElseThrow(NotFound::new);
		requireFreeUnitName(unit.organisationId(), slug(name), id);
		unit.update(name.strip(), blankToNull(contactEmail));
		units.save(unit); // publishes OrgUnitChanged
		record("org-unit.updated", id);
	}

	@Transactional
	public Organisation addInstitution(String name) {
		String slug = slug(name);
		requireFreeInstitutionName(slug, null);
		Organisation institution = organisations.save(new Organisation(Organisation.Kind.INSTITUTION, name.strip(), slug,
				clock.instant()));
		record("institution.created", institution.id());
		return institution;
	}

	@Transactional
	public void renameInstitution(UUID id, String name) {
		Organisation institution = institution(id);
		requireFreeInstitutionName(slug(name), id);
		institution.rename(name.strip());
		record("institution.renamed", id);
	}

	/**
	 * The authority the units belong to. A fresh installation has none yet; its first unit creates it under the
	 * configured name, so an administrator never meets a dead end.
	 */
	private Organisation authority() {
		return organisations.findByKindOrderByName(Organisation.Kind.AUTHORITY).stream().findFirst().orElseGet(() -> {
			Organisation authority = organisations.save(new Organisation(Organisation.Kind.AUTHORITY,
					properties.authorityName(), slug(properties.authorityName()), clock.instant()));
			record("organisation.created", authority.id());
			return authority;
		});
	}

	/**
	 * Names are compared by their slug, so "Bürgeramt" and "Buergeramt " count as the same. A unit keeps its
	 * slug when renamed, hence both the stored slugs and the slugs of the current names are checked.
	 */
	private void requireFreeUnitName(UUID authorityId, String slug, @Nullable UUID except) {
		requireSlug(slug);
		boolean taken = units.findByOrganisationIdOrderByName(authorityId).stream()
			.filter(u -> !u.id().equals(except))
			.anyMatch(u -> u.slug().equals(slug) || slug(u.name()).equals(slug));
		if (taken) {
			throw new InvalidInput("name", "identity.admin.error.duplicate-name");
		}
	}

	private void requireFreeInstitutionName(String slug, @Nullable UUID except) {
		requireSlug(slug);
		boolean slugTaken = organisations.findBySlug(slug).filter(o -> !o.id().equals(except)).isPresent();
		boolean nameTaken = organisations.findByKindOrderByName(Organisation.Kind.INSTITUTION).stream()
			.filter(o -> !o.id().equals(except))
			.anyMatch(o -> slug(o.name()).equals(slug));
		if (slugTaken || nameTaken) {
			throw new InvalidInput("name", "identity.admin.error.duplicate-name");
		}
	}

	/** A name of only punctuation would give an empty slug, which cannot name anything in a URL. */
	private static void requireSlug(String slug) {
		if (slug.isEmpty()) {
			throw new InvalidInput("name", "identity.admin.error.name-letters");
		}
	}

	private void record(String action, UUID subject) {
		audit.record(AuditEvent.of(currentUser.require().id().toString(), action, subject.toString()));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A readable URL part: "Untere Wasserbehörde" becomes "untere-wasserbehoerde". */
	static String slug(String name) {
		String german = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 80 ? slug.substring(0, 80) : slug;
	}
}
