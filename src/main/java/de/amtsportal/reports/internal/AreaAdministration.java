package de.amtsportal.reports.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;

/**
 * Administrators upload the area of an org unit and name the report categories the unit handles there. An upload
 * is checked completely before it replaces the previous area, in one transaction: a bad file changes nothing.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
public class AreaAdministration {

	private final ReportAreas areas;
	private final Directory directory;
	private final Catalog catalog;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Clock clock;

	AreaAdministration(ReportAreas areas, Directory directory, Catalog catalog, CurrentUser currentUser, AuditTrail audit,
			Clock clock) {
		this.areas = areas;
		this.directory = directory;
		this.catalog = catalog;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReportArea> all() {
		return areas.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<ReportArea> of(UUID orgUnit) {
		return areas.findById(orgUnit);
	}

	/** The published report categories an area may name. */
	@Transactional(readOnly = true)
	public List<PublishedService> categories() {
		return catalog.published().stream().filter(s -> s.kind() == ServiceKind.REPORT).toList();
	}

	/**
	 * Stores the unit's area in place of the previous one.
	 *
	 * @throws InvalidArea when the file or the choice of categories cannot be used; nothing is stored then
	 */
	@Transactional
	public ReportArea upload(UUID orgUnit, byte[] geojson, Set<String> categoryCodes) {
		directory.orgUnit(orgUnit).orElseThrow(() -> new IllegalArgumentException("No such unit"));
		Set<String> known = new LinkedHashSet<>(categories().stream().map(PublishedService::slug).toList());
		if (categoryCodes.isEmpty() || !known.containsAll(categoryCodes)) {
			throw new InvalidArea("reports.area.error.categories");
		}
		AreaFile file = AreaFile.read(geojson);
		UUID me = currentUser.require().id().value();
		ReportArea area = areas.findById(orgUnit).orElseGet(() -> new ReportArea(orgUnit));
		boolean replaced = area.polygons() > 0;
		area.replace(file, categoryCodes, me, clock.instant());
		areas.save(area);
		audit.record(new AuditEvent(me.toString(), replaced ? "reports.area-replaced" : "reports.area-uploaded", orgUnit.toString(),
				file.polygons() + " polygons; " + String.join(",", categoryCodes)));
		return area;
	}

	@Transactional
	public void remove(UUID orgUnit) {
		areas.findById(orgUnit).ifPresent(area -> {
			areas.delete(area);
			audit.record(new AuditEvent(currentUser.require().id().value().toString(), "reports.area-removed", orgUnit.toString(), null));
		});
	}
}
