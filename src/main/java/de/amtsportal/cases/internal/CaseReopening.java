package de.amtsportal.cases.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.submissions.Submissions;

/**
 * The one way back from a decision: a report whose reporter answers "not fixed" goes back into the inbox of its
 * unit. Applications never come back this way (a decision on an application is changed by a new one), so the
 * service must be a report category. The reporter's side happens without a signed-in caseworker: the actor is
 * the system, and the history names the reason.
 */
@Component
public class CaseReopening {

	private final CaseRepository cases;
	private final CaseHistory history;
	private final StatusCounts counts;
	private final Catalog catalog;
	private final Submissions submissions;
	private final AuditTrail audit;
	private final Clock clock;

	CaseReopening(CaseRepository cases, CaseHistory history, StatusCounts counts, Catalog catalog, Submissions submissions,
			AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.history = history;
		this.counts = counts;
		this.catalog = catalog;
		this.submissions = submissions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void reopen(UUID submissionId, String reason) {
		Case c = cases.lockBySubmission(submissionId).orElseThrow(() -> new IllegalStateException("No case for the submission"));
		boolean report = catalog.published().stream().anyMatch(s -> s.id().equals(c.serviceId()) && s.kind() == ServiceKind.REPORT);
		if (!report) {
			throw new IllegalStateException("Only the case of a report can be reopened");
		}
		CaseStatus from = c.reopen(clock.instant());
		counts.moved(c.orgUnit(), from, CaseStatus.IN_PROGRESS);
		cases.save(c);
		history.save(new HistoryEntry(c.id(), "reopened", null, null, reason.strip(), clock.instant()));
		audit.record(new AuditEvent("system", "cases.reopened", c.id().toString(), from.name()));
		submissions.changeStatus(submissionId, CaseStatus.IN_PROGRESS.applicationStatus());
	}
}
