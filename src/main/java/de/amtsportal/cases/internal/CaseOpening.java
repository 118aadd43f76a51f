package de.amtsportal.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.backlog.Backlog;
import de.amtsportal.backlog.BacklogWorker;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.mailbox.MessageSent;
import de.amtsportal.submissions.ApplicationStatusChanged;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.submissions.Submissions.LockedSubmission;

/**
 * Opens one case per submission in the inbox of the responsible unit, and keeps the case's status equal to the
 * application's where the Postfach moved it (a query sent from the thread, the applicant's reply). Cases are
 * opened in batches from the backlog (ADR 0029): the submit only adds an item, and one transaction opens the cases
 * of many submissions with one update of each unit's status count and of the audit chain's head, the rows every
 * opening would otherwise queue behind. Items and events may arrive twice or out of order (a redelivery after a
 * crash); a case exists once per submission (unique constraint) and the mirror reads the application's current
 * status rather than trusting the event's.
 */
@Component
class CaseOpening implements BacklogWorker {

	static final String KIND = "case-opening";

	private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

	private final CaseRepository cases;
	private final CaseHistory history;
	private final StatusCounts counts;
	private final Submissions submissions;
	private final AuditTrail audit;
	private final Backlog backlog;
	private final Clock clock;

	CaseOpening(CaseRepository cases, CaseHistory history, StatusCounts counts, Submissions submissions, AuditTrail audit,
			Backlog backlog, Clock clock) {
		this.cases = cases;
		this.history = history;
		this.counts = counts;
		this.submissions = submissions;
		this.audit = audit;
		this.backlog = backlog;
		this.clock = clock;
	}

	/** In the submit transaction: the case is due exactly when the submission exists. */
	@EventListener
	void on(SubmissionReceived event) {
		backlog.add(KIND, event.submissionId());
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Set<UUID> work(List<UUID> items) {
		Set<UUID> opened = new HashSet<>(cases.submissionsWithCase(items));
		// The applications' rows stay locked until the cases are committed: a status change either waits and then
		// finds the case, or committed before and is followed below.
		List<LockedSubmission> due = submissions.lockAll(items.stream().filter(id -> !opened.contains(id)).toList());
		if (due.isEmpty()) {
			return Set.of();
		}
		Instant now = clock.instant();
		List<Case> opening = due.stream().map(d -> new Case(d.submission(), d.applicantName())).toList();
		cases.saveAllAndFlush(opening);
		opening.stream().collect(Collectors.groupingBy(Case::orgUnit, Collectors.counting()))
			.forEach((unit, count) -> counts.add(unit, CaseStatus.RECEIVED, count.intValue()));
		history.saveAll(opening.stream().map(c -> new HistoryEntry(c.id(), "opened", null, null, null, now)).toList());
		audit.recordAll(opening.stream()
			.map(c -> new AuditEvent("system", "cases.opened", c.id().toString(), c.submissionId().toString())).toList());
		for (int i = 0; i < opening.size(); i++) {
			follow(opening.get(i), CaseStatus.of(due.get(i).submission().status()));
		}
		return Set.of();
	}

	@ApplicationModuleListener
	void on(MessageSent event) {
		cases.lockBySubmission(event.submissionId()).ifPresent(this::follow);
	}

	@ApplicationModuleListener
	void on(ApplicationStatusChanged event) {
		cases.lockBySubmission(event.submissionId()).ifPresent(this::follow);
	}

	private void follow(Case c) {
		submissions.find(c.submissionId()).ifPresent(s -> follow(c, CaseStatus.of(s.status())));
	}

	/** Moves the case to the application's status when a Postfach message moved the application. */
	private void follow(Case c, CaseStatus target) {
		if (target == c.status()) {
			return;
		}
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
	}

	private void step(Case c, CaseStatus target) {
		CaseStatus from = c.moveTo(target, null, clock.instant());
		counts.moved(c.orgUnit(), from, target);
		history.save(new HistoryEntry(c.id(), "status", null, null, target.name(), clock.instant()));
		audit.record(new AuditEvent("system", "cases.status", c.id().toString(), target.name()));
	}
}
