package de.amtsportal.submissions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.amtsportal.submissions.StatusStep;
import de.amtsportal.submissions.SubmittedFile;

/** Read access to submissions for the module's API and pages; callers check who may read. */
@Component
public class SubmissionRecords {

	private final SubmissionRepository submissions;
	private final StatusChanges statusChanges;
	private final Attachments attachments;

	SubmissionRecords(SubmissionRepository submissions, StatusChanges statusChanges, Attachments attachments) {
		this.submissions = submissions;
		this.statusChanges = statusChanges;
		this.attachments = attachments;
	}

	public Optional<Submission> find(UUID id) {
		return submissions.findById(id);
	}

	public List<StatusStep> timeline(UUID id) {
		return statusChanges.findBySubmissionIdOrderByChangedAt(id).stream().map(StatusChange::step).toList();
	}

	public List<SubmittedFile> files(UUID id) {
		return attachments.findBySubmissionIdOrderByCreatedAt(id).stream()
			.map(a -> new SubmittedFile(a.documentId(), a.fieldPath(), a.fileName(), a.mediaType(), a.size()))
			.toList();
	}

	public List<Submission> ofApplicant(UUID account, java.util.Collection<UUID> institutions) {
		return submissions.ofApplicant(account, institutions.isEmpty() ? List.of(new UUID(0, 0)) : institutions);
	}
}
