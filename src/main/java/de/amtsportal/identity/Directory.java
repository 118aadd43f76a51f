package de.amtsportal.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.OrgUnits;
import de.amtsportal.identity.internal.Organisations;

/** The authority's org units, as other modules need them (contact form, responsible unit of a service). */
@Service
public class Directory {

	private final Organisations organisations;
	private final OrgUnits units;

	Directory(Organisations organisations, OrgUnits units) {
		this.organisations = organisations;
		this.units = units;
	}

	/** The org units of the authority, by name. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> orgUnits() {
		return organisations.findByKindOrderByName(Organisation.Kind.AUTHORITY)
			.stream()
			.flatMap(o -> units.findByOrganisationIdOrderByName(o.id()).stream())
			.map(OrgUnit::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<OrgUnitView> orgUnit(UUID id) {
		return units.findById(id).map(OrgUnit::view);
	}
}
