package de.amtsportal.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.access.Role;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.submissions.Submissions;

/**
 * What caseworkers do with a case. Every method checks on the server that the signed-in person is a caseworker of
 * the case's unit (others learn nothing: {@link NoSuchCase}); every change is audited and written to the case's
 * history, and a status change reaches the applicant's timeline in the same transaction.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.CASES_WORK + "')")
public class CaseWork {

	private final CaseRepository cases;
	private final CaseNotes notes;
	private final CaseHistory history;
	private final StatusCounts counts;
	private final Submissions submissions;
	private final Mailbox mailbox;
	private final Directory directory;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Clock clock;

	CaseWork(CaseRepository cases, CaseNotes notes, CaseHistory history, StatusCounts counts, Submissions submissions,
			Mailbox mailbox, Directory directory, CurrentUser currentUser, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.notes = notes;
		this.history = history;
		this.counts = counts;
		this.submissions = submissions;
		this.mailbox = mailbox;
		this.directory = directory;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The case if the signed-in caseworker works for its unit. */
	@Transactional(readOnly = true)
	public Optional<Case> find(UUID caseId) {
		SignedInAccount me = currentUser.require();
		return cases.findById(caseId).filter(c -> me.caseworkerUnits().contains(c.orgUnit()));
	}

	/** The case of the submission if the signed-in caseworker works for its unit. */
	@Transactional(readOnly = true)
	public Optional<Case> findBySubmission(UUID submissionId) {
		SignedInAccount me = currentUser.require();
		return cases.findBySubmissionId(submissionId).filter(c -> me.caseworkerUnits().contains(c.orgUnit()));
	}

	@Transactional(readOnly = true)
	public List<CaseNote> notes(UUID caseId) {
		return notes.findByCaseIdOrderByWrittenAt(handled(caseId).id());
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(UUID caseId) {
		return history.findByCaseIdOrderByHappenedAt(handled(caseId).id());
	}

	/** The caseworkers of the case's unit, to whom it may be assigned. */
	@Transactional(readOnly = true)
	public List<Directory.Person> colleagues(UUID caseId) {
		return directory.holders(Role.CASEWORKER, handled(caseId).orgUnit());
	}

	/** The signed-in caseworker takes the case; a new case is in progress from now on. */
	@Transactional
	public void claim(UUID caseId) {
		Case c = handled(caseId);
		SignedInAccount me = currentUser.require();
		c.assignTo(me.id().value(), me.displayName());
		record(c, "claimed", null);
		if (c.status() == CaseStatus.RECEIVED) {
			transition(c, CaseStatus.IN_PROGRESS, true);
		}
		cases.save(c);
	}

	/** Assigns the case to a caseworker of its unit (or to nobody). */
	@Transactional
	public void assign(UUID caseId, @Nullable UUID colleague) {
		Case c = handled(caseId);
		if (colleague == null) {
			c.assignTo(null, null);
			record(c, "unassigned", null);
			return;
		}
		Directory.Person person = directory.holders(Role.CASEWORKER, c.orgUnit()).stream()
			.filter(p -> p.id().value().equals(colleague)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a caseworker of the unit"));
		c.assignTo(colleague, person.displayName());
		record(c, "assigned", person.displayName());
	}

	/** Another unit takes the case over (the reason is kept in the history); nobody there has it yet. */
	@Transactional
	public void handOver(UUID caseId, UUID unit, String reason) {
		Case c = handled(caseId);
		OrgUnitView target = directory.orgUnit(unit).orElseThrow(() -> new IllegalArgumentException("No such unit"));
		if (target.id().equals(c.orgUnit())) {
			throw new IllegalArgumentException("The case is in this unit already");
		}
		if (reason.isBlank() || reason.length() > 500) {
			throw new IllegalArgumentException("A hand-over needs a short reason");
		}
		counts.add(c.orgUnit(), c.status(), -1);
		counts.add(unit, c.status(), 1);
		record(c, "handed-over", target.name() + ": " + reason.strip());
		c.handOverTo(unit, clock.instant());
		cases.save(c);
		submissions.handOver(c.submissionId(), unit);
	}

	/**
	 * A status change the caseworker makes (start, decide, reject, record a withdrawal, close).
	 *
	 * @throws IllegalStateException when the status model does not allow it
	 */
	@Transactional
	public void changeStatus(UUID caseId, CaseStatus target) {
		Case c = handled(caseId);
		if (target == CaseStatus.WAITING_FOR_APPLICANT) {
			throw new IllegalStateException("A case waits for the applicant when a query or document request is sent");
		}
		transition(c, target, true);
		cases.save(c);
	}

	/**
	 * Decides (or rejects) an open case and closes it, with the reason in the history: for matters that end with
	 * the caseworker's word rather than a decision document, such as a report that was fixed or merged into another.
	 * The applicant's timeline shows it as closed.
	 */
	@Transactional
	public void finish(UUID caseId, CaseStatus outcome, String reason) {
		Case c = handled(caseId);
		if (!c.status().isOpen() || (outcome != CaseStatus.DECIDED && outcome != CaseStatus.REJECTED)) {
			throw new IllegalStateException("Only an open case can be finished");
		}
		if (reason.isBlank() || reason.length() > 500) {
			throw new IllegalArgumentException("Finishing needs a short reason");
		}
		record(c, "finished", reason.strip());
		// one piece of news for the applicant (one mail), the steps in between only in the case's history
		if (!c.status().allows(outcome)) {
			transition(c, CaseStatus.IN_PROGRESS, false);
		}
		transition(c, outcome, false);
		transition(c, CaseStatus.CLOSED, true);
		cases.save(c);
	}

	/** Sets or clears the due date; a new date will be reminded of once again. */
	@Transactional
	public void due(UUID caseId, @Nullable LocalDate date) {
		Case c = handled(caseId);
		c.due(date);
		record(c, "due", date == null ? null : date.toString());
	}

	@Transactional
	public void note(UUID caseId, String text) {
		Case c = handled(caseId);
		if (text.isBlank() || text.length() > CaseNote.MAX_LENGTH) {
			throw new IllegalArgumentException("A note has a text of up to " + CaseNote.MAX_LENGTH + " characters");
		}
		SignedInAccount me = currentUser.require();
		notes.save(new CaseNote(c.id(), me.id().value(), me.displayName(), text.strip(), clock.instant()));
		audit.record(new AuditEvent(me.id().value().toString(), "cases.note-written", c.id().toString(), null));
	}

	/**
	 * Writes to the applicant's Postfach. A query or document request makes the case wait for the applicant (and,
	 * with {@code answerBy}, sets the due date to it); the Postfach tells the applicant of both in one mail.
	 */
	@Transactional
	public void send(UUID caseId, MessageKind kind, String text, List<String> requested, List<UUID> documentIds,
			@Nullable LocalDate answerBy) {
		Case c = handled(caseId);
		SignedInAccount me = currentUser.require();
		if (kind.expectsAnswer()) {
			transition(c, CaseStatus.WAITING_FOR_APPLICANT, false);
			if (answerBy != null) {
				c.due(answerBy);
			}
		}
		else if (kind == MessageKind.DECISION) {
			if (c.status() == CaseStatus.RECEIVED) {
				transition(c, CaseStatus.IN_PROGRESS, false);
			}
			transition(c, CaseStatus.DECIDED, false);
		}
		cases.save(c);
		mailbox.send(c.submissionId(), kind, text, requested, documentIds, new AccountId(me.id().value()));
		record(c, "message-sent", kind.name());
	}

	/** Sets a legal hold: the case is kept beyond its retention until the hold is lifted. */
	@Transactional
	public void hold(UUID caseId, String reason) {
		Case c = handled(caseId);
		requireReason(reason);
		c.hold(reason.strip());
		record(c, "hold-set", reason.strip());
	}

	@Transactional
	public void lift(UUID caseId, String reason) {
		Case c = handled(caseId);
		requireReason(reason);
		if (!c.legalHold()) {
			throw new IllegalStateException("The case is not on hold");
		}
		c.hold(null);
		record(c, "hold-lifted", reason.strip());
	}

	private static void requireReason(String reason) {
		if (reason.isBlank() || reason.length() > 500) {
			throw new IllegalArgumentException("A legal hold needs a short reason");
		}
	}

	private void transition(Case c, CaseStatus target, boolean tellApplicant) {
		UUID actor = currentUser.require().id().value();
		CaseStatus from = c.moveTo(target, actor, clock.instant());
		counts.moved(c.orgUnit(), from, target);
		record(c, "status", target.name());
		if (tellApplicant) {
			submissions.changeStatus(c.submissionId(), target.applicationStatus());
		}
	}

	/** History and audit trail: the audit names ids only, the history also the caseworker's name. */
	private void record(Case c, String action, @Nullable String detail) {
		SignedInAccount me = currentUser.require();
		history.save(new HistoryEntry(c.id(), action, me.id().value(), me.displayName(), detail, clock.instant()));
		audit.record(new AuditEvent(me.id().value().toString(), "cases." + action, c.id().toString(),
				"status".equals(action) || "message-sent".equals(action) ? detail : null));
	}

	private Case handled(UUID caseId) {
		return find(caseId).orElseThrow(NoSuchCase::new);
	}

	/** No such case — or not one of the caseworker's units: both look the same from outside. */
	public static class NoSuchCase extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoSuchCase() {
			super("No such case");
		}
	}
}
