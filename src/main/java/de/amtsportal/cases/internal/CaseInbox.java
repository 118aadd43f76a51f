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
 * (PostgreSQL's merge append) — never a sort of all cases of a unit; a search is one query over the units (see
 * {@link #search}); no total count, only whether there is a next page; offsets bounded by
 * {@link InboxQuery#MAX_PAGES}; counts per status from {@link StatusCounts}. docs/adr/0014 gives the indexes.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.CASES_WORK + "')")
public class CaseInbox {

	private static final String COLUMNS = "id, reference, service_name, applicant_name, status, assignee_name, due_date, received_at";

	private static final String PAGE_COLUMNS = COLUMNS.replaceAll("(\\w+)", "c.$1");

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
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("perUnit", offset + InboxQuery.PAGE_SIZE + 1)
			.addValue("size", InboxQuery.PAGE_SIZE + 1)
			.addValue("offset", offset);
		String conditions = conditions(query, params);
		List<InboxRow> rows = jdbc.query(searching(query) ? search(query, conditions, params) : perUnit(query, conditions, params),
				params, ROW);
		boolean hasNext = rows.size() > InboxQuery.PAGE_SIZE && page < InboxQuery.MAX_PAGES - 1;
		return new Page(rows.size() > InboxQuery.PAGE_SIZE ? rows.subList(0, InboxQuery.PAGE_SIZE) : rows, page, hasNext);
	}

	/** One ordered, limited scan per unit (each served by an index that leads with the unit), merged. */
	private static String perUnit(InboxQuery query, String conditions, MapSqlParameterSource params) {
		String order = order(query, "");
		List<String> parts = new ArrayList<>();
		int i = 0;
		for (UUID unit : query.units()) {
			params.addValue("unit" + i, unit);
			parts.add("(select " + COLUMNS + " from cases where org_unit = :unit" + i + conditions + " order by " + order
					+ " limit :perUnit)");
			i++;
		}
		return "select * from (" + String.join(" union all ", parts) + ") inbox order by " + order + " limit :size offset :offset";
	}

	/**
	 * A search is one query over all the units: the indexes that find a name or a reference do not lead with the
	 * unit, and one scan per unit would read the same index entries once per unit. The page is found reading ids
	 * and dates only (on PostgreSQL an index-only scan of the open cases, or the trigram index for a rare name);
	 * its rows are fetched by id after.
	 */
	private static String search(InboxQuery query, String conditions, MapSqlParameterSource params) {
		params.addValue("units", query.units());
		return "select " + PAGE_COLUMNS + " from cases c join (select id, received_at, due_date from cases"
				+ " where org_unit in (:units)" + conditions + " order by " + order(query, "") + " limit :size offset :offset) page"
				+ " on c.id = page.id order by " + order(query, "page.");
	}

	private static boolean searching(InboxQuery query) {
		return query.text() != null && !query.text().isBlank();
	}

	private static String order(InboxQuery query, String table) {
		return switch (query.order()) {
			case NEWEST -> table + "received_at desc, " + table + "id";
			case OLDEST -> table + "received_at, " + table + "id";
			case DUE -> table + "due_date nulls last, " + table + "received_at desc, " + table + "id";
		};
	}

	@Transactional(readOnly = true)
	public Map<CaseStatus, Long> counts(java.util.Set<UUID> units) {
		return counts.of(units);
	}

	private static String conditions(InboxQuery query, MapSqlParameterSource params) {
		// the statuses as literals (enum names, nothing a user typed): PostgreSQL uses the partial index of the open
		// cases only when it sees that the statuses asked for are among them, also in a cached plan
		StringBuilder sql = new StringBuilder(" and status in (")
			.append(String.join(", ", query.statuses().stream().map(s -> "'" + s.name() + "'").toList())).append(")");
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
		if (searching(query)) {
			String text = likeEscaped(query.text().strip().toLowerCase(Locale.ROOT));
			// a reference number from its start (a B-tree prefix search), a name anywhere (trigrams, or the open
			// cases' partial index that includes the name); likeEscaped uses the backslash, LIKE's default escape
			// character in PostgreSQL and H2
			sql.append(" and (lower(reference) like :start or lower(applicant_name) like :part)");
			params.addValue("start", text + "%");
			params.addValue("part", "%" + text + "%");
		}
		return sql.toString();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
