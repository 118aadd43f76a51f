package de.amtsportal.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnits extends JpaRepository<OrgUnit, UUID> {

	List<OrgUnit> findByOrganisationIdOrderByName(UUID organisationId);

	List<OrgUnit> findAllByOrderByName();

	boolean existsByOrganisationIdAndSlug(UUID organisationId, String slug);
}
