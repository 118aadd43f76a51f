package de.amtsportal.cases.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.cases.CaseStatus;

/**
 * The number of cases per unit and status, changed in the transaction that changes a case. The inbox reads a
 * few rows instead of counting a million; the row lock of the update orders concurrent changes of one unit.
 */
@Component
class StatusCounts {

	private final NamedParameterJdbcTemplate jdbc;

	StatusCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void add(UUID unit, CaseStatus status, int delta) {
		MapSqlParameterSource row = new MapSqlParameterSource("unit", unit).addValue("status", status.name()).addValue("delta", delta);
		jdbc.update("insert into case_status_count (org_unit, status, cases) values (:unit, :status, 0) on conflict do nothing", row);
		jdbc.update("update case_status_count set cases = cases + :delta where org_unit = :unit and status = :status", row);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void moved(UUID unit, CaseStatus from, CaseStatus to) {
		add(unit, from, -1);
		add(unit, to, 1);
	}

	@Transactional(readOnly = true)
	Map<CaseStatus, Long> of(Collection<UUID> units) {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, 0L);
		}
		if (units.isEmpty()) {
			return counts;
		}
		jdbc.query("select status, sum(cases) from case_status_count where org_unit in (:units) group by status",
				new MapSqlParameterSource("units", units),
				rs -> {
					counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}
}
