package de.amtsportal.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.cases.internal.InboxQuery.Assignee;

/**
 * The inbox of a caseworker's units. Built for a million cases: one ordered, limited index scan per unit, merged
 * (PostgreSQL's merge append) — never a sort of all cases of a unit; no total count, only whether there is a
 * next page; offsets bounded by {@link InboxQuery#MAX_PAGES}; counts per status from {@link StatusCounts}.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.CASES_WORK + "')")
public class CaseInbox {

	private static final String COLUMNS = "id, reference, service_name, applicant_name, status, assignee_name, due_date, received_at";

	private static final RowMapper<InboxRow> ROW = (rs, n) -> new InboxRow(rs.getObject("id", UUID.class),
			rs.getString("reference"), rs.getString("service_name"), rs.getString("applicant_name"),
			CaseStatus.valueOf(rs.getString("status")), rs.getString("assignee_name"),
			rs.getObject("due_date", java.time.LocalDate.class), rs.getTimestamp("received_at").toInstant());

	private final NamedParameterJdbcTemplate jdbc;
	private final StatusCounts counts;

	CaseInbox(NamedParameterJdbcTemplate jdbc, StatusCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** One page of the inbox, and whether there is another after it. */
	public record Page(List<InboxRow> rows, int number, boolean hasNext) {

		public boolean hasPrevious() {
			return number > 0;
		}
	}

	@Transactional(readOnly = true)
	public Page page(InboxQuery query) {
		if (query.units().isEmpty() || query.statuses().isEmpty()) {
			return new Page(List.of(), 0, false);
		}
		int page = Math.max(0, Math.min(query.page(), InboxQuery.MAX_PAGES - 1));
		int offset = page * InboxQuery.PAGE_SIZE;
		int perUnit = offset + InboxQuery.PAGE_SIZE + 1;
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("statuses", query.statuses().stream().map(Enum::name).toList())
			.addValue("perUnit", perUnit)
			.addValue("size", InboxQuery.PAGE_SIZE + 1)
			.addValue("offset", offset);
		String conditions = conditions(query, params);
		String order = switch (query.order()) {
			case NEWEST -> "received_at desc, id";
			case OLDEST -> "received_at, id";
			case DUE -> "due_date nulls last, received_at desc, id";
		};
		List<String> parts = new ArrayList<>();
		int i = 0;
		for (UUID unit : query.units()) {
			params.addValue("unit" + i, unit);
			parts.add("(select " + COLUMNS + " from cases where org_unit = :unit" + i + conditions + " order by " + order
					+ " limit :perUnit)");
			i++;
		}
		String sql = "select * from (" + String.join(" union all ", parts) + ") inbox order by " + order
				+ " limit :size offset :offset";
		List<InboxRow> rows = jdbc.query(sql, params, ROW);
		boolean hasNext = rows.size() > InboxQuery.PAGE_SIZE && page < InboxQuery.MAX_PAGES - 1;
		return new Page(rows.size() > InboxQuery.PAGE_SIZE ? rows.subList(0, InboxQuery.PAGE_SIZE) : rows, page, hasNext);
	}

	@Transactional(readOnly = true)
	public Map<CaseStatus, Long> counts(java.util.Set<UUID> units) {
		return counts.of(units);
	}

	private static String conditions(InboxQuery query, MapSqlParameterSource params) {
		StringBuilder sql = new StringBuilder(" and status in (:statuses)");
		if (query.service() != null) {
			sql.append(" and service_id = :service");
			params.addValue("service", query.service());
		}
		if (query.assignee() == Assignee.NOBODY) {
			sql.append(" and assignee is null");
		}
		else if (query.assignee() != Assignee.ANYONE && query.assigneeAccount() != null) {
			sql.append(" and assignee = :assignee");
			params.addValue("assignee", query.assigneeAccount());
		}
		if (query.dueBy() != null) {
			sql.append(" and due_date <= :dueBy");
			params.addValue("dueBy", query.dueBy());
		}
		if (query.text() != null && !query.text().isBlank()) {
			sql.append(" and (lower(reference) like :text escape '\\' or lower(applicant_name) like :text escape '\\')");
			params.addValue("text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		return sql.toString();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
