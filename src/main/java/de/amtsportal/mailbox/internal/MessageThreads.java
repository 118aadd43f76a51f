package de.amtsportal.mailbox.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageThreads extends JpaRepository<MessageThread, UUID> {

	Optional<MessageThread> findBySubmissionId(UUID submissionId);

	/** A person's threads, newest news first, each with the number of authority messages they have not opened. */
	@Query("""
			select new de.amtsportal.mailbox.internal.ThreadSummary(t.submissionId, t.reference, t.serviceName, t.lastMessageAt,
			  (select count(m) from Message m where m.threadId = t.id and m.kind <> de.amtsportal.mailbox.MessageKind.REPLY
			   and m.readAt is null))
			from MessageThread t where t.applicantAccount = ?1 or t.institutionId in ?2 order by t.lastMessageAt desc""")
	List<ThreadSummary> of(UUID account, Collection<UUID> institutions);
}
