package de.amtsportal.reports.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.cases.CaseHandedOver;
import de.amtsportal.submissions.Submissions;

/**
 * A report handed over in the back office moves to the new unit's list and map. Like the phase, the unit follows
 * the application's current responsible unit rather than the event's, so two quick hand-overs handled out of order
 * still end in the right unit.
 */
@Component
class UnitFollower {

	private final ReportIntake intake;
	private final ReportRecords records;
	private final Submissions submissions;

	UnitFollower(ReportIntake intake, ReportRecords records, Submissions submissions) {
		this.intake = intake;
		this.records = records;
		this.submissions = submissions;
	}

	@ApplicationModuleListener
	void on(CaseHandedOver event) {
		if (intake.take(event.submissionId()).isEmpty()) {
			return; // an application, not a report
		}
		records.lockBySubmission(event.submissionId()).ifPresent(report -> submissions.find(event.submissionId())
			.ifPresent(submission -> records.handledBy(report.id(), submission.responsibleUnit())));
	}
}
