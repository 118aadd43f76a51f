package de.amtsportal.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.cases.internal.Case;
import de.amtsportal.cases.internal.CaseReopening;
import de.amtsportal.cases.internal.CaseWork;

/** The module's API for other modules: the case of a submission and the steps they may take on it. */
@Service
public class Cases {

	private final CaseWork work;
	private final CaseReopening reopening;

	Cases(CaseWork work, CaseReopening reopening) {
		this.work = work;
		this.reopening = reopening;
	}

	/** The case of the submission if the signed-in caseworker works for its unit. */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> ofSubmission(UUID submissionId) {
		return work.findBySubmission(submissionId).map(Case::summary);
	}

	/**
	 * The signed-in caseworker finishes the case: decided (or rejected) and closed, in the steps the status model
	 * allows; the applicant's timeline follows.
	 *
	 * @throws CaseWork.NoSuchCase when it is not a case of the caseworker's units
	 * @throws IllegalStateException when the case is not open
	 */
	@Transactional
	public void finish(UUID caseId, boolean rejected, String reason) {
		work.finish(caseId, rejected ? CaseStatus.REJECTED : CaseStatus.DECIDED, reason);
	}

	/**
	 * A report whose reporter says it is not fixed goes back to work: only cases of report services, only once
	 * decided. The history and the applicant's timeline show it.
	 *
	 * @throws IllegalStateException when the case is no report's or is still open
	 */
	@Transactional
	public void reopenReport(UUID submissionId, String reason) {
		reopening.reopen(submissionId, reason);
	}
}
