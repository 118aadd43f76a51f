package de.amtsportal.submissions.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.documents.Documents;
import de.amtsportal.submissions.SubmissionErased;

/**
 * Erases a submission when its case's retention ended: the answers, the status history, the files (their bytes
 * after the commit) and the draft it came from. Joins the caller's transaction, so a case is erased whole or not;
 * {@link SubmissionErased} tells the modules that keep copies (deliveries, exports) once that transaction committed.
 */
@Component
public class SubmissionErasure {

	private final SubmissionRepository submissions;
	private final Attachments attachments;
	private final StatusChanges statusChanges;
	private final Documents documents;
	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SubmissionErasure(SubmissionRepository submissions, Attachments attachments, StatusChanges statusChanges,
			Documents documents, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.submissions = submissions;
		this.attachments = attachments;
		this.statusChanges = statusChanges;
		this.documents = documents;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The number of files erased with it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(UUID id) {
		List<Attachment> files = attachments.findBySubmissionIdOrderByCreatedAt(id);
		attachments.deleteAll(files);
		files.forEach(file -> documents.delete(file.documentId()));
		statusChanges.deleteAll(statusChanges.findBySubmissionIdOrderByChangedAt(id));
		jdbc.update("delete from submission_draft where submission_id = ?", id);
		submissions.findById(id).ifPresent(submissions::delete);
		events.publishEvent(new SubmissionErased(id, clock.instant()));
		return files.size();
	}
}
