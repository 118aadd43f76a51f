package de.amtsportal.feedback.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.feedback.internal.KpiFacts.Kind;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.ApplicationStatusChanged;
import de.amtsportal.submissions.DraftStarted;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.Submissions;

/**
 * Turns what happens to applications into KPI facts. A started draft and a submission are counted in the
 * transaction that stores them (one insert there instead of an event publication, a listener transaction and two
 * registry updates after the commit, docs/adr/0021); later status changes after the commit. Events may arrive
 * twice (the publication registry redelivers after a crash); each fact has a key, so they count once.
 */
@Component
class KpiRecorder {

	/** A decision was made: the time to decision ends here (a later "closed" does not end it again). */
	private static final Set<ApplicationStatus> DECISIONS = EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.REJECTED);

	/** The case is no longer open. */
	private static final Set<ApplicationStatus> FINISHED = EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.REJECTED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.CLOSED);

	private final KpiFacts facts;
	private final Submissions submissions;

	KpiRecorder(KpiFacts facts, Submissions submissions) {
		this.facts = facts;
		this.submissions = submissions;
	}

	@EventListener
	void on(DraftStarted event) {
		facts.record("started:" + event.draftId(), event.serviceId(), event.serviceName(), Kind.STARTED, event.startedAt(), null);
	}

	@EventListener
	void on(SubmissionReceived event) {
		facts.record("submitted:" + event.submissionId(), event.serviceId(), event.serviceName(), Kind.SUBMITTED,
				event.submittedAt(), null);
	}

	@ApplicationModuleListener
	void on(ApplicationStatusChanged event) {
		if (!FINISHED.contains(event.status())) {
			return;
		}
		// erased by retention in the meantime: its figures were recorded when it happened
		submissions.find(event.submissionId()).ifPresent(submission -> {
			if (DECISIONS.contains(event.status())) {
				facts.record("decided:" + submission.id(), submission.serviceId(), submission.serviceName(), Kind.DECIDED,
						event.at(), Duration.between(submission.submittedAt(), event.at()));
			}
			facts.record("finished:" + submission.id(), submission.serviceId(), submission.serviceName(), Kind.FINISHED,
					event.at(), null);
		});
	}
}
