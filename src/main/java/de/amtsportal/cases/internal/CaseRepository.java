package de.amtsportal.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<Case, UUID> {

	Optional<Case> findBySubmissionId(UUID submissionId);

	@Query("select c.submissionId from Case c where c.submissionId in ?1")
	List<UUID> submissionsWithCase(Collection<UUID> submissionIds);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Case c where c.submissionId = ?1")
	Optional<Case> lockBySubmission(UUID submissionId);

	/** Open cases whose due date passed and whose assignee was not yet reminded of that date. */
	@Query("""
			select c from Case c where c.dueDate < ?1 and c.assignee is not null
			and (c.remindedFor is null or c.remindedFor <> c.dueDate)
			and c.status in (de.amtsportal.cases.CaseStatus.RECEIVED, de.amtsportal.cases.CaseStatus.IN_PROGRESS,
			  de.amtsportal.cases.CaseStatus.WAITING_FOR_APPLICANT)
			order by c.dueDate""")
	List<Case> overdueUnreminded(LocalDate today, Limit limit);

	/** Closed cases of a service, not on hold, closed before the instant, oldest first. */
	@Query("select c.id from Case c where c.serviceId = ?1 and c.closedAt < ?2 and c.legalHold = false order by c.closedAt")
	List<UUID> closedBefore(UUID service, Instant before, Limit limit);

	/** Closed cases of all services but these, not on hold, closed before the instant, oldest first. */
	@Query("select c.id from Case c where c.serviceId not in ?1 and c.closedAt < ?2 and c.legalHold = false order by c.closedAt")
	List<UUID> closedBeforeExcept(Collection<UUID> services, Instant before, Limit limit);
}
