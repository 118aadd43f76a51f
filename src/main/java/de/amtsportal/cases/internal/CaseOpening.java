package de.amtsportal.cases.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.mailbox.MessageSent;
import de.amtsportal.submissions.ApplicationStatusChanged;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.Submissions;

/**
 * Opens one case per submission in the inbox of the responsible unit, and keeps the case's status equal to the
 * application's where the Postfach moved it (a query sent from the thread, the applicant's reply). Events may
 * arrive twice or out of order (the publication registry redelivers after a crash); a case exists once per
 * submission (unique constraint) and the mirror reads the application's current status rather than trusting the
 * event's.
 */
@Component
class CaseOpening {

	private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

	private final CaseRepository cases;
	private final CaseHistory history;
	private final StatusCounts counts;
	private final Submissions submissions;
	private final AuditTrail audit;
	private final Clock clock;

	CaseOpening(CaseRepository cases, CaseHistory history, StatusCounts counts, Submissions submissions, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.history = history;
		this.counts = counts;
		this.submissions = submissions;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SubmissionReceived event) {
		// The application's row stays locked until the case is committed: a status change either waits and then finds
		// the case, or committed before and is followed below.
		if (cases.findBySubmissionId(event.submissionId()).isPresent() || submissions.findForUpdate(event.submissionId()).isEmpty()) {
			return;
		}
		Case opened = cases.saveAndFlush(new Case(event, submissions.applicantName(event.submissionId())));
		counts.add(opened.orgUnit(), CaseStatus.RECEIVED, 1);
		history.save(new HistoryEntry(opened.id(), "opened", null, null, null, clock.instant()));
		audit.record(new AuditEvent("system", "cases.opened", opened.id().toString(), event.submissionId().toString()));
		follow(opened);
	}

	@ApplicationModuleListener
	void on(MessageSent event) {
		cases.lockBySubmission(event.submissionId()).ifPresent(this::follow);
	}

	@ApplicationModuleListener
	void on(ApplicationStatusChanged event) {
		cases.lockBySubmission(event.submissionId()).ifPresent(this::follow);
	}

	/** Moves the case to the application's status when a Postfach message moved the application. */
	private void follow(Case c) {
		submissions.find(c.submissionId()).map(s -> CaseStatus.of(s.status())).filter(target -> target != c.status()).ifPresent(target -> {
			if (!c.status().allows(target) && c.status().allows(CaseStatus.IN_PROGRESS) && CaseStatus.IN_PROGRESS.allows(target)) {
				step(c, CaseStatus.IN_PROGRESS);
			}
			if (c.status().allows(target)) {
				step(c, target);
			}
			else {
				log.warn("Case {} is {} while its application is {}", c.id(), c.status(), target);
			}
			cases.save(c);
		});
	}

	private void step(Case c, CaseStatus target) {
		CaseStatus from = c.moveTo(target, null, clock.instant());
		counts.moved(c.orgUnit(), from, target);
		history.save(new HistoryEntry(c.id(), "status", null, null, target.name(), clock.instant()));
		audit.record(new AuditEvent("system", "cases.status", c.id().toString(), target.name()));
	}
}
