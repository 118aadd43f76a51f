package de.amtsportal.submissions.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Drafts extends JpaRepository<Draft, UUID> {

	/** The draft, locked: two submits of the same draft (double click, replay) run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Draft d where d.id = ?1")
	Optional<Draft> lock(UUID id);

	/**
	 * A page's answers in one UPDATE (counted as a new version); a submitted draft is left as it is. Flushes first and
	 * clears after, so a draft started in the same transaction (applications filed outside the journey) is read afresh.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Draft d set d.answers = ?2, d.currentPage = ?3, d.updatedAt = ?4, d.expiresAt = ?5, d.remindedAt = null, "
			+ "d.version = d.version + 1 where d.id = ?1 and d.submissionId is null")
	int saveAnswers(UUID id, String answers, String page, Instant now, Instant expiresAt);

	@Query("select d from Draft d where d.ownerAccount = ?1 and d.submissionId is null order by d.updatedAt desc")
	List<Draft> openOf(UUID account);

	Optional<Draft> findByResumeTokenHash(String hash);

	@Query("select d from Draft d where d.submissionId is null and d.expiresAt <= ?1")
	List<Draft> expired(Instant now);

	@Query("select d from Draft d where d.submissionId is null and d.remindedAt is null and d.expiresAt <= ?1 "
			+ "and (d.ownerAccount is not null or d.resumeEmail is not null)")
	List<Draft> toRemind(Instant expiringBefore);

	@Query("select d.id from Draft d where d.submissionId is not null and d.updatedAt <= ?1")
	List<UUID> submittedBefore(Instant before);
}
