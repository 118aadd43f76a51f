package de.amtsportal.delivery.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import de.amtsportal.delivery.DeliveryState;

interface DeliveryRepository extends JpaRepository<Delivery, UUID> {

	/**
	 * The next due delivery, locked for this transaction; rows another worker holds are skipped rather than
	 * waited for, so a manual retry and the scheduled worker never deliver the same row twice at once.
	 */
	@Query(value = "select * from delivery where state = 'PENDING' and next_attempt_at <= :now order by next_attempt_at "
			+ "limit 1 for update skip locked", nativeQuery = true)
	Optional<Delivery> lockNextDue(Instant now);


	List<Delivery> findBySubmissionIdOrderByCreatedAt(UUID submissionId);

	Page<Delivery> findByStateInOrderByCreatedAtDesc(Collection<DeliveryState> states, Pageable pageable);
}
