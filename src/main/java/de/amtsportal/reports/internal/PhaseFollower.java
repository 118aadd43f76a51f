package de.amtsportal.reports.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.cases.CaseStatusChanged;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.ReportPhaseChanged;
import de.amtsportal.submissions.Submissions;

/**
 * Keeps a report's public phase in step with its case. Events may arrive twice or out of order, so the phase
 * follows the application's current status rather than the event's; the report is recorded first if its
 * {@code SubmissionReceived} has not been handled yet.
 */
@Component
class PhaseFollower {

	private final ReportIntake intake;
	private final ReportRecords records;
	private final Submissions submissions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PhaseFollower(ReportIntake intake, ReportRecords records, Submissions submissions, ApplicationEventPublisher events, Clock clock) {
		this.intake = intake;
		this.records = records;
		this.submissions = submissions;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseStatusChanged event) {
		if (intake.take(event.submissionId()).isEmpty()) {
			return; // an application, not a report
		}
		records.lockBySubmission(event.submissionId()).ifPresent(report -> {
			records.rememberCase(report.id(), event.caseId());
			submissions.find(event.submissionId()).ifPresent(submission -> {
				ReportPhase phase = ReportPhases.follow(submission.status(), report.phase());
				if (phase != report.phase()) {
					records.changePhase(report.id(), phase, event.caseId(), clock.instant());
					records.addUpdate(report.id(), phase, null, clock.instant());
					events.publishEvent(new ReportPhaseChanged(report.id(), phase, null));
				}
			});
		});
	}
}
