package de.amtsportal.mailbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import de.amtsportal.submissions.ApplicationStatus;

interface Messages extends JpaRepository<Message, UUID> {

	List<Message> findByThreadIdOrderBySentAt(UUID threadId);

	/** Whether a message of the thread caused this status change (its mail already told the applicant). */
	@Query("""
			select count(m) > 0 from Message m where m.threadId = ?1 and m.statusChangedTo = ?2
			and m.statusChangedAt between ?3 and ?4""")
	boolean causedStatusChange(UUID threadId, ApplicationStatus status, Instant from, Instant to);
}
