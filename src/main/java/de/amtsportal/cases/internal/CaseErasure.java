package de.amtsportal.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.cases.CaseErased;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.submissions.Submissions;

/**
 * Erases one closed case whose retention ended, in one transaction: the submission with its files (submissions
 * module), the Postfach thread with its files (mailbox module), the case with notes and history. What survives
 * carries no personal data: a deletion record (what, when, why) and the figures per service and month.
 */
@Component
public class CaseErasure {

	/** A deletion record as the administrators' page lists it. */
	public record Deletion(String serviceName, Instant closedAt, Instant erasedAt, String reason, int documents, int messages) {
	}

	private final CaseRepository cases;
	private final StatusCounts counts;
	private final Submissions submissions;
	private final Mailbox mailbox;
	private final NamedParameterJdbcTemplate jdbc;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseErasure(CaseRepository cases, StatusCounts counts, Submissions submissions, Mailbox mailbox,
			NamedParameterJdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.counts = counts;
		this.submissions = submissions;
		this.mailbox = mailbox;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Erases the case if it is still closed, not on hold and closed before {@code closedBefore}; returns whether it did. */
	@Transactional
	public boolean erase(UUID caseId, Instant closedBefore, String reason) {
		Case c = cases.findById(caseId).orElse(null);
		if (c == null || c.status() != CaseStatus.CLOSED || c.legalHold() || c.closedAt() == null
				|| !c.closedAt().isBefore(closedBefore)) {
			return false;
		}
		Instant now = clock.instant();
		count(c);
		int messages = mailbox.erase(c.submissionId());
		int documents = submissions.erase(c.submissionId());
		jdbc.update("""
				insert into case_deletion (id, service_id, service_name, closed_at, erased_at, reason, documents, messages)
				values (:id, :service, :name, :closed, :erased, :reason, :documents, :messages)""",
				new MapSqlParameterSource("id", UUID.randomUUID()).addValue("service", c.serviceId())
					.addValue("name", c.serviceName()).addValue("closed", java.sql.Timestamp.from(c.closedAt()))
					.addValue("erased", java.sql.Timestamp.from(now)).addValue("reason", reason)
					.addValue("documents", documents).addValue("messages", messages));
		counts.add(c.orgUnit(), CaseStatus.CLOSED, -1);
		cases.delete(c);
		audit.record(new AuditEvent("system", "cases.erased", c.id().toString(), reason));
		events.publishEvent(new CaseErased(c.id(), c.submissionId(), c.serviceId(), now));
		return true;
	}

	@Transactional(readOnly = true)
	public List<Deletion> recent(int limit) {
		return jdbc.query("select service_name, closed_at, erased_at, reason, documents, messages from case_deletion "
				+ "order by erased_at desc limit :limit", new MapSqlParameterSource("limit", limit),
				(rs, n) -> new Deletion(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
						rs.getString(4), rs.getInt(5), rs.getInt(6)));
	}

	/** The case's figures in the anonymous statistics of its service and month of closing. */
	private void count(Case c) {
		String month = YearMonth.from(c.closedAt().atZone(AuditTrail.TIME_ZONE)).toString();
		long days = c.decidedAt() == null ? 0 : Duration.between(c.receivedAt(), c.decidedAt()).toDays();
		MapSqlParameterSource row = new MapSqlParameterSource("service", c.serviceId()).addValue("month", month)
			.addValue("name", c.serviceName()).addValue("decided", c.decidedAt() == null ? 0 : 1).addValue("days", days);
		jdbc.update("insert into case_statistics (service_id, closing_month, service_name, closed, decided, days_to_decision) "
				+ "values (:service, :month, :name, 0, 0, 0) on conflict do nothing", row);
		jdbc.update("update case_statistics set closed = closed + 1, decided = decided + :decided, "
				+ "days_to_decision = days_to_decision + :days where service_id = :service and closing_month = :month", row);
	}
}
