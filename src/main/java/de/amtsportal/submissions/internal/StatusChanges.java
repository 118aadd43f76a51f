package de.amtsportal.submissions.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChanges extends JpaRepository<StatusChange, UUID> {

	List<StatusChange> findBySubmissionIdOrderByChangedAt(UUID submissionId);
}
