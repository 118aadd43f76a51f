package de.amtsportal.submissions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Submission s where s.id = ?1")
	Optional<Submission> lock(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Submission s where s.id in ?1 order by s.id")
	List<Submission> lockAll(Collection<UUID> ids);

	Optional<Submission> findByDraftId(UUID draftId);

	@Query("select s from Submission s where s.applicantAccount = ?1 or s.institutionId in ?2 order by s.submittedAt desc")
	List<Submission> ofApplicant(UUID account, Collection<UUID> institutions);
}
