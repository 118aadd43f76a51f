package de.amtsportal.feedback;

import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.feedback.internal.Ratings;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/** The module's API: applicants rate, the KPIs read the sums. */
@Service
public class Feedback {

	public static final int MAX_COMMENT = 1000;

	private final Ratings ratings;
	private final Submissions submissions;

	Feedback(Ratings ratings, Submissions submissions) {
		this.ratings = ratings;
		this.submissions = submissions;
	}

	/**
	 * Stores the applicant's rating of the application's service — once per application and moment; false
	 * (and nothing stored) when they already rated at this moment. Only the applicant behind the current request
	 * may rate, after the decision only once there is one.
	 */
	@Transactional
	public boolean rate(UUID submissionId, Moment moment, int score, @Nullable String comment) {
		SubmissionView submission = submissions.find(submissionId).filter(s -> submissions.mayReadAsApplicant(s.id()))
			.orElseThrow(() -> new AccessDeniedException("Not the applicant"));
		if (moment == Moment.AFTER_DECISION && !decided(submission.status())) {
			throw new IllegalStateException("No decision yet");
		}
		if (score < 1 || score > 5 || (comment != null && comment.length() > MAX_COMMENT)) {
			throw new IllegalArgumentException("A score from 1 to 5 and at most " + MAX_COMMENT + " characters");
		}
		if (!submissions.markRated(submissionId, moment == Moment.AFTER_DECISION)) {
			return false;
		}
		ratings.store(submission.serviceId(), submission.formVersionId(), moment, score, comment);
		return true;
	}

	@Transactional(readOnly = true)
	public FeedbackSummary summary(UUID serviceId, YearMonth month) {
		return ratings.summary(serviceId, month);
	}

	public static boolean decided(ApplicationStatus status) {
		return status == ApplicationStatus.DECIDED || status == ApplicationStatus.CLOSED || status == ApplicationStatus.REJECTED;
	}
}
