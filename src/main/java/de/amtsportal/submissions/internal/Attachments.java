package de.amtsportal.submissions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Attachments extends JpaRepository<Attachment, UUID> {

	List<Attachment> findByDraftIdOrderByCreatedAt(UUID draftId);

	List<Attachment> findBySubmissionIdOrderByCreatedAt(UUID submissionId);

	Optional<Attachment> findByDocumentId(UUID documentId);
}
