package de.amtsportal.forms.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewComments extends JpaRepository<ReviewComment, UUID> {

	List<ReviewComment> findByVersionIdOrderByCreatedAt(UUID versionId);
}
