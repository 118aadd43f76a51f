package de.amtsportal.web.contact;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactMessages extends JpaRepository<ContactMessage, UUID> {

	Page<ContactMessage> findAllByOrderByCreatedAtDesc(Pageable pageable);

	Page<ContactMessage> findByOrgUnitIdInOrderByCreatedAtDesc(Collection<UUID> units, Pageable pageable);
}
