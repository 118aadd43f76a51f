package de.amtsportal.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, UUID> {

	/** Pairs of score and how many gave it, for a service between two days (inclusive). */
	@Query("select r.score, count(r) from Rating r where r.serviceId = ?1 and r.createdOn between ?2 and ?3 group by r.score")
	List<Object[]> scores(UUID serviceId, LocalDate from, LocalDate to);
}
