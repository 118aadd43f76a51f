package de.amtsportal.submissions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.submissions.internal.ApplicantAccess;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.SubmissionRecords;

/** The module's API for other modules: submitted applications, their files and their status. */
@Service
public class Submissions {

	private final SubmissionRecords records;
	private final Applications applications;
	private final ApplicantAccess access;

	Submissions(SubmissionRecords records, Applications applications, ApplicantAccess access) {
		this.records = records;
		this.applications = applications;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Optional<SubmissionView> find(UUID id) {
		return records.find(id).map(s -> s.view());
	}

	/** Whether the person behind the current request is the applicant (or holds the anonymous applicant's link). */
	@Transactional(readOnly = true)
	public boolean mayReadAsApplicant(UUID id) {
		return records.find(id).map(access::mayRead).orElse(false);
	}

	@Transactional(readOnly = true)
	public List<StatusStep> timeline(UUID id) {
		return records.timeline(id);
	}

	@Transactional(readOnly = true)
	public List<SubmittedFile> files(UUID id) {
		return records.files(id);
	}

	/** Moves the application to a new status; the applicant sees it on the timeline and gets a mail. */
	public void changeStatus(UUID id, ApplicationStatus status) {
		applications.changeStatus(id, status);
	}
}
