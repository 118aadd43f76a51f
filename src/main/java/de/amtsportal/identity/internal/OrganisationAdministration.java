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
	private final Clock clock;

	OrganisationAdministration(Organisations organisations, OrgUnits units, AuditTrail audit, CurrentUser currentUser,
			Clock clock) {
		this.organisations = organisations;
		this.units = units;
		this.audit = audit;
		this.currentUser = currentUser;
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

	@Transactional
	public OrgUnit addUnit(String name, @Nullable String contactEmail) {
		Organisation authority = organisations.findByKindOrderByName(Organisation.Kind.AUTHORITY).stream().findFirst()
			.orElseThrow(() -> new IllegalStateException("No authority is set up"));
		String slug = slug(name);
		if (units.existsByOrganisationIdAndSlug(authority.id(), slug)) {
			throw new InvalidInput("name", "identity.admin.error.duplicate-name");
		}
		OrgUnit unit = units.save(new OrgUnit(authority.id(), name.strip(), slug, blankToNull(contactEmail)));
		record("org-unit.created", unit.id());
		return unit;
	}

	@Transactional
	public void updateUnit(UUID id, String name, @Nullable String contactEmail) {
		OrgUnit unit = units.findById(id).orElseThrow(NotFound::new);
		unit.update(name.strip(), blankToNull(contactEmail));
		record("org-unit.updated", id);
	}

	@Transactional
	public Organisation addInstitution(String name) {
		String slug = slug(name);
		if (organisations.existsBySlug(slug)) {
			throw new InvalidInput("name", "identity.admin.error.duplicate-name");
		}
		Organisation institution = organisations.save(new Organisation(Organisation.Kind.INSTITUTION, name.strip(), slug,
				clock.instant()));
		record("institution.created", institution.id());
		return institution;
	}

	@Transactional
	public void renameInstitution(UUID id, String name) {
		Organisation institution = organisations.findById(id)
			.filter(o -> o.kind() == Organisation.Kind.INSTITUTION)
			.orElseThrow(NotFound::new);
		institution.rename(name.strip());
		record("institution.renamed", id);
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
