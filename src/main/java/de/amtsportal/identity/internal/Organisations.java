package de.amtsportal.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Organisations extends JpaRepository<Organisation, UUID> {

	List<Organisation> findByKindOrderByName(Organisation.Kind kind);

	Optional<Organisation> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
