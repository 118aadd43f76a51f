package de.amtsportal.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import de.amtsportal.access.Role;

public interface Accounts extends JpaRepository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	Optional<Account> findByOidcIssuerAndOidcSubject(String issuer, String subject);

	@Query("select distinct a from Account a join a.memberships m where m.role in :roles order by a.familyName, a.givenName")
	Page<Account> findWithAnyRole(java.util.Collection<Role> roles, Pageable pageable);

	@Query("select distinct a from Account a join a.memberships m where m.role = :role and m.orgUnitId = :unit")
	java.util.List<Account> findInUnit(Role role, UUID unit);

	@Query("select distinct a from Account a join a.memberships m where m.role = de.amtsportal.access.Role.INSTITUTION_MEMBER and m.organisationId = :institution")
	java.util.List<Account> findInInstitution(UUID institution);
}
