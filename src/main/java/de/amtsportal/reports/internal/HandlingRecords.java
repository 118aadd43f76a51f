package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.amtsportal.reports.BoundingBox;
import de.amtsportal.reports.ReportPhase;

/** What staff change on a report: photo releases, the public description, merging into another report. */
@Component
public class HandlingRecords {

	private final NamedParameterJdbcTemplate jdbc;

	HandlingRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Releases or withdraws a photo of the report; false when the report has no such photo. */
	public boolean release(UUID reportId, UUID photoId, boolean released, Instant at) {
		boolean changed = jdbc.update("update report_photo set released = :released where id = :id and report_id = :report",
				Map.of("released", released, "id", photoId, "report", reportId)) == 1;
		if (changed) {
			touch(reportId, at);
		}
		return changed;
	}

	public void describe(UUID reportId, @Nullable String publicDescription, Instant at) {
		jdbc.update("update report set public_description = :text, updated_at = :at where id = :id",
				new MapSqlParameterSource().addValue("text", publicDescription).addValue("at", Timestamp.from(at)).addValue("id", reportId));
	}

	/** Points the duplicate to the report it is merged into; its subscribers follow that report from now on. */
	public void mergeInto(UUID duplicateId, UUID targetId, Instant at) {
		jdbc.update("update report set merged_into = :target, updated_at = :at where id = :id",
				Map.of("target", targetId, "at", Timestamp.from(at), "id", duplicateId));
		jdbc.update("update report_subscription set report_id = :target where report_id = :duplicate and email not in "
				+ "(select email from report_subscription where report_id = :target)", Map.of("target", targetId, "duplicate", duplicateId));
	}

	/** The submissions of the reports merged into this one (their reporters follow it from then on). */
	public List<UUID> mergedSubmissions(UUID targetId) {
		return jdbc.queryForList("select submission_id from report where merged_into = :target", Map.of("target", targetId), UUID.class);
	}

	/** A report in a unit's list: the public columns and the phase. */
	public record Listed(UUID id, String reference, String categoryCode, @Nullable BigDecimal lat, @Nullable BigDecimal lon,
			@Nullable String address, ReportPhase phase, Instant requestedAt) {
	}

	/** The reports of these units in these phases (of one category and inside a box if given), newest first. */
	public List<Listed> ofUnits(Set<UUID> units, Set<ReportPhase> phases, @Nullable String category, @Nullable BoundingBox area,
			int limit) {
		if (units.isEmpty() || phases.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("units", List.copyOf(units))
			.addValue("phases", phases.stream().map(ReportPhase::name).toList())
			.addValue("limit", limit);
		String filters = "";
		if (category != null) {
			filters = " and category_code = :category";
			parameters.addValue("category", category);
		}
		if (area != null) {
			filters += " and lat between :south and :north and lon between :west and :east";
			parameters.addValue("south", area.south()).addValue("north", area.north()).addValue("west", area.west()).addValue("east", area.east());
		}
		return jdbc.query("select id, reference, category_code, lat, lon, address, phase, requested_at from report "
				+ "where responsible_unit in (:units) and phase in (:phases)" + filters + " order by requested_at desc, id limit :limit",
				parameters, (rs, i) -> new Listed(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("category_code"),
						rs.getBigDecimal("lat"), rs.getBigDecimal("lon"), rs.getString("address"), ReportPhase.valueOf(rs.getString("phase")),
						rs.getTimestamp("requested_at").toInstant()));
	}

	private void touch(UUID reportId, Instant at) {
		jdbc.update("update report set updated_at = :at where id = :id", Map.of("at", Timestamp.from(at), "id", reportId));
	}
}
