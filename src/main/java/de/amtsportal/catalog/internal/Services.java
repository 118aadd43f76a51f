package de.amtsportal.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Services extends JpaRepository<Service, UUID> {

	Optional<Service> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Service> findByStatusOrderByNameDe(ServiceStatus status);

	List<Service> findByStatusAndResponsibleUnitIdOrderByNameDe(ServiceStatus status, UUID responsibleUnitId);

	Page<Service> findAllByOrderByNameDe(Pageable pageable);

	List<Service> findByUpdatedAtAfter(Instant since);
}
