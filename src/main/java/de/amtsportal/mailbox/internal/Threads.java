package de.amtsportal.mailbox.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.mailbox.ApplicationNotOpen;
import de.amtsportal.mailbox.MessageAttachment;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageSent;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.StatusStep;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * Threads and their messages. Callers have checked who may write or read; this class keeps the rules every
 * message follows: what a kind does to the application's status, the audit entry, the {@link MessageSent} event.
 */
@Service
public class Threads {

	private final MessageThreads threads;
	private final Messages messages;
	private final Submissions submissions;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate creating;
	private final JdbcTemplate jdbc;

	Threads(MessageThreads threads, Messages messages, Submissions submissions, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.messages = messages;
		this.submissions = submissions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.creating = new TransactionTemplate(transactions);
		this.creating.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The submission's thread, created if there is none yet. Idempotent: a redelivered event finds the one
	 * thread. A message sent before the event was handled races with the listener; the creation runs in a
	 * transaction of its own, so the loser meets the unique constraint there, without spoiling the caller's
	 * transaction, and reads the winner's thread.
	 */
	@Transactional
	public MessageThread open(SubmissionView submission) {
		Optional<MessageThread> existing = threads.findBySubmissionId(submission.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			UUID id = creating.execute(tx -> threads.saveAndFlush(new MessageThread(submission, clock.instant())).id());
			return threads.findById(id).orElseThrow();
		}
		catch (DataIntegrityViolationException createdMeanwhile) {
			return threads.findBySubmissionId(submission.id()).orElseThrow(() -> createdMeanwhile);
		}
	}

	/**
	 * The thread of a submission being stored, in the transaction that stores it; once per submission (the unique
	 * key decides). One statement: it is on the submit path of every application.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void openFor(SubmissionReceived received) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("insert into mailbox_thread (id, submission_id, reference, service_name, applicant_account, institution_id, created_at,"
				+ " last_message_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", UUID.randomUUID(), received.submissionId(),
				received.reference(), received.serviceName(), received.applicantAccount(), received.institution(), now,
				Timestamp.from(received.submittedAt()));
	}

	@Transactional(readOnly = true)
	public Optional<MessageThread> find(UUID submissionId) {
		return threads.findBySubmissionId(submissionId);
	}

	@Transactional
	public MessageView post(SubmissionView submission, MessageKind kind, String text, List<String> requestedDocuments,
			List<MessageAttachment> files, @Nullable UUID author) {
		if (kind.fromAuthority() && kind != MessageKind.MESSAGE && !isOpen(submission.status())) {
			throw new ApplicationNotOpen(submission.status());
		}
		MessageThread thread = open(submission);
		Instant now = clock.instant();
		Message message = messages.save(new Message(thread, kind, text, requestedDocuments, files, author, now));
		ApplicationStatus target = statusAfter(kind, submission.status());
		if (target != null && target != submission.status()) {
			submissions.changeStatus(submission.id(), target);
			List<StatusStep> timeline = submissions.timeline(submission.id());
			message.changedStatus(target, timeline.get(timeline.size() - 1).at());
		}
		thread.touched(now);
		audit.record(new AuditEvent(author == null ? "applicant" : author.toString(), "mailbox.message-sent",
				submission.id().toString(), kind.name()));
		events.publishEvent(new MessageSent(submission.id(), message.id(), kind, now));
		return message.view(submission.id());
	}

	@Transactional(readOnly = true)
	public List<MessageView> messages(UUID submissionId) {
		return threads.findBySubmissionId(submissionId)
			.map(t -> messages.findByThreadIdOrderBySentAt(t.id()).stream().map(m -> m.view(submissionId)).toList())
			.orElse(List.of());
	}

	/** The applicant opened the thread: every authority message not yet read gets its read receipt. */
	@Transactional
	public void readByApplicant(UUID submissionId) {
		threads.findBySubmissionId(submissionId).ifPresent(thread -> {
			Instant now = clock.instant();
			messages.findByThreadIdOrderBySentAt(thread.id()).forEach(m -> m.read(now));
		});
	}

	@Transactional(readOnly = true)
	public List<ThreadSummary> of(UUID account, Collection<UUID> institutions) {
		return threads.of(account, institutions.isEmpty() ? List.of(new UUID(0, 0)) : institutions);
	}

	/** Whether a message of the thread caused this status change, so its mail already told the applicant. */
	@Transactional(readOnly = true)
	public boolean causedByMessage(UUID submissionId, ApplicationStatus status, Instant at) {
		// the event carries the instant in full precision, the database keeps microseconds
		return threads.findBySubmissionId(submissionId)
			.map(t -> messages.causedStatusChange(t.id(), status, at.minusMillis(1), at.plusMillis(1)))
			.orElse(false);
	}

	/**
	 * Erases the thread of a submission with its messages and their files (the retention of its case ended), in the
	 * caller's transaction; returns the number of messages.
	 */
	@Transactional
	public int erase(UUID submissionId, java.util.function.Consumer<UUID> deleteDocument) {
		return threads.findBySubmissionId(submissionId).map(thread -> {
			List<Message> all = messages.findByThreadIdOrderBySentAt(thread.id());
			all.forEach(m -> m.view(submissionId).attachments().forEach(a -> deleteDocument.accept(a.documentId())));
			messages.deleteAll(all);
			threads.delete(thread);
			return all.size();
		}).orElse(0);
	}

	static boolean isOpen(ApplicationStatus status) {
		return status == ApplicationStatus.RECEIVED || status == ApplicationStatus.IN_PROGRESS
				|| status == ApplicationStatus.WAITING_FOR_APPLICANT;
	}

	private static @Nullable ApplicationStatus statusAfter(MessageKind kind, ApplicationStatus current) {
		return switch (kind) {
			case QUERY, DOCUMENT_REQUEST -> ApplicationStatus.WAITING_FOR_APPLICANT;
			case DECISION -> ApplicationStatus.DECIDED;
			case REPLY -> current == ApplicationStatus.WAITING_FOR_APPLICANT ? ApplicationStatus.IN_PROGRESS : null;
			case MESSAGE -> null;
		};
	}
}
