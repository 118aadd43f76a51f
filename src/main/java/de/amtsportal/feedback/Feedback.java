package de.amtsportal.feedback;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.ServiceKind;
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
	private final Catalog catalog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Feedback(Ratings ratings, Submissions submissions, Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.ratings = ratings;
		this.submissions = submissions;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public boolean rate(UUID submissionId, Moment moment, int score, @Nullable String comment) {
		return rate(submissionId, moment, score, comment, false);
	}

	/**
	 * Stores the applicant's rating of the application's service — once per application and moment; false
	 * (and nothing stored) when they already rated at this moment. Only the applicant behind the current request
	 * may rate, after the decision only once there is one. The reporter of a report may add, after its closing,
	 * that the problem is not fixed ({@link ReportedNotFixed}).
	 */
	@Transactional
	public boolean rate(UUID submissionId, Moment moment, int score, @Nullable String comment, boolean notFixed) {
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
		if (notFixed) {
			if (moment != Moment.AFTER_DECISION || !isReport(submission.serviceId())) {
				throw new IllegalStateException("Only a closed report can be not fixed");
			}
			events.publishEvent(new ReportedNotFixed(submissionId, submission.serviceId(), clock.instant()));
		}
		return true;
	}

	/** Whether the question after the decision offers "not fixed": for the reports of the Mängelmelder. */
	@Transactional(readOnly = true)
	public boolean offersNotFixed(UUID submissionId) {
		return submissions.find(submissionId).filter(s -> decided(s.status())).map(s -> isReport(s.serviceId())).orElse(false);
	}

	private boolean isReport(UUID serviceId) {
		return catalog.published().stream().anyMatch(s -> s.id().equals(serviceId) && s.kind() == ServiceKind.REPORT);
	}

	@Transactional(readOnly = true)
	public FeedbackSummary summary(UUID serviceId, YearMonth month) {
		return ratings.summary(serviceId, month);
	}

	public static boolean decided(ApplicationStatus status) {
		return status == ApplicationStatus.DECIDED || status == ApplicationStatus.CLOSED || status == ApplicationStatus.REJECTED;
	}
}
