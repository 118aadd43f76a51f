package de.amtsportal.submissions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.amtsportal.forms.Forms;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.TypedAnswers;
import de.amtsportal.submissions.StatusStep;
import de.amtsportal.submissions.SubmittedFile;

/** Read access to submissions for the module's API and pages; callers check who may read. */
@Component
public class SubmissionRecords {

	private final SubmissionRepository submissions;
	private final StatusChanges statusChanges;
	private final Attachments attachments;
	private final Forms forms;
	private final AnswersJson json;

	SubmissionRecords(SubmissionRepository submissions, StatusChanges statusChanges, Attachments attachments, Forms forms,
			AnswersJson json) {
		this.submissions = submissions;
		this.statusChanges = statusChanges;
		this.attachments = attachments;
		this.forms = forms;
		this.json = json;
	}

	/** The stored answers, cleaned against the exact form version again and typed as its JSON Schema says. */
	public Map<String, Object> typedAnswers(Submission submission) {
		PublishedForm form = forms.released(submission.formVersionId()).orElseThrow();
		return TypedAnswers.of(form.definition(), json.read(submission.answers(), form.definition()));
	}

	public Optional<Submission> find(UUID id) {
		return submissions.findById(id);
	}

	/** Reads the submissions with their rows locked until the caller's transaction ends (in id order: no deadlock). */
	public List<Submission> lockAll(Collection<UUID> ids) {
		return submissions.lockAll(ids);
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
