package de.amtsportal.reports.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.cases.Cases;
import de.amtsportal.feedback.ReportedNotFixed;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.ReportPhaseChanged;

/**
 * The reporter says the problem is still there: the report goes back to work — its case into the unit's inbox,
 * the public page to "in progress". The reporter hears of it through the status mail of the application. A
 * duplicate is not reopened (its reporter follows the report it was merged into), nor a report that is open.
 */
@Component
class NotFixedReopening {

	static final String REASON = "Meldende Person: nicht behoben";

	private final ReportRecords records;
	private final Cases cases;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NotFixedReopening(ReportRecords records, Cases cases, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ReportedNotFixed event) {
		records.lockBySubmission(event.submissionId())
			.filter(report -> report.phase() == ReportPhase.DONE || report.phase() == ReportPhase.REJECTED)
			.ifPresent(report -> {
				cases.reopenReport(event.submissionId(), REASON);
				Instant now = clock.instant();
				records.changePhase(report.id(), ReportPhase.IN_PROGRESS, null, now);
				records.addUpdate(report.id(), ReportPhase.IN_PROGRESS, null, now);
				audit.record(new AuditEvent("system", "reports.reopened", report.id().toString(), report.phase().name()));
				events.publishEvent(new ReportPhaseChanged(report.id(), ReportPhase.IN_PROGRESS, null));
			});
	}
}
