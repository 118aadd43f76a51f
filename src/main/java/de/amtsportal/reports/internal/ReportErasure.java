package de.amtsportal.reports.internal;

import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.cases.CaseErased;

/**
 * When retention erases a case with its submission and files, the report goes too: its photos were the
 * submission's files, and subscriptions to it have nothing left to tell. Reports merged into it lose the link.
 */
@Component
class ReportErasure {

	private final NamedParameterJdbcTemplate jdbc;

	ReportErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CaseErased erased) {
		Map<String, Object> submission = Map.of("submission", erased.submissionId());
		jdbc.update("update report set merged_into = null where merged_into in (select id from report where submission_id = :submission)",
				submission);
		// photos, history and subscriptions go with it (on delete cascade)
		jdbc.update("delete from report where submission_id = :submission", submission);
	}
}
