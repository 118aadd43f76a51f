package de.amtsportal.intranet.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessVersions extends JpaRepository<ProcessVersion, UUID> {

	List<ProcessVersion> findByItemIdOrderByVersionNumberDesc(UUID itemId);

	Optional<ProcessVersion> findFirstByItemIdOrderByVersionNumberDesc(UUID itemId);

	Optional<ProcessVersion> findByItemIdAndVersionNumber(UUID itemId, int versionNumber);
}
