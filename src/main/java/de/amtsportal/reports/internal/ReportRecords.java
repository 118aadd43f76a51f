package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.amtsportal.reports.BoundingBox;
import de.amtsportal.reports.PublicPhoto;
import de.amtsportal.reports.PublicStatus;
import de.amtsportal.reports.PublicUpdate;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.ReportPosition;
import de.amtsportal.reports.ReportQuery;

/**
 * The report tables, read and written with SQL: the rows are small, the queries are filters over indexed columns,
 * and the public list reads photos and history of a whole page in one query each.
 */
@Component
public class ReportRecords {

	/** A report row as stored, without its category name (that comes from the catalogue, in the reader's language). */
	public record Row(UUID id, UUID submissionId, @Nullable UUID caseId, String reference, String token, UUID serviceId,
			String categoryCode, @Nullable UUID responsibleUnit, @Nullable ReportPosition position, @Nullable String address,
			@Nullable String publicDescription, ReportPhase phase, Instant requestedAt, Instant updatedAt,
			@Nullable String mergedIntoReference) {
	}

	/** A photo of a report, released or not (the caller decides what is public). */
	public record Photo(UUID id, UUID reportId, UUID documentId, String contentType, boolean released) {
	}

	private static final String SELECT = """
			select r.id, r.submission_id, r.case_id, r.reference, r.token, r.service_id, r.category_code, r.responsible_unit,
			  r.lat, r.lon, r.address, r.public_description, r.phase, r.requested_at, r.updated_at, m.reference as merged_reference
			from report r left join report m on m.id = r.merged_into""";

	private final NamedParameterJdbcTemplate jdbc;

	ReportRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the report unless its submission already has one; returns whether it was new. */
	public boolean insert(Row row) {
		return jdbc.update("""
				insert into report (id, submission_id, case_id, reference, token, service_id, category_code, responsible_unit,
				  lat, lon, address, public_description, phase, status, requested_at, updated_at)
				values (:id, :submission, :caseId, :reference, :token, :service, :category, :unit, :lat, :lon, :address,
				  :description, :phase, :status, :requested, :updated)
				on conflict do nothing""", new MapSqlParameterSource().addValue("id", row.id())
			.addValue("submission", row.submissionId())
			.addValue("caseId", row.caseId())
			.addValue("reference", row.reference())
			.addValue("token", row.token())
			.addValue("service", row.serviceId())
			.addValue("category", row.categoryCode())
			.addValue("unit", row.responsibleUnit())
			.addValue("lat", row.position() == null ? null : row.position().lat())
			.addValue("lon", row.position() == null ? null : row.position().lon())
			.addValue("address", row.address())
			.addValue("description", row.publicDescription())
			.addValue("phase", row.phase().name())
			.addValue("status", row.phase().status().name())
			.addValue("requested", Timestamp.from(row.requestedAt()))
			.addValue("updated", Timestamp.from(row.updatedAt()))) == 1;
	}

	public void addPhoto(UUID reportId, UUID documentId, String contentType, Instant at) {
		jdbc.update("insert into report_photo (id, report_id, document_id, content_type, released, created_at) "
				+ "values (:id, :report, :document, :type, false, :at) on conflict do nothing",
				Map.of("id", UUID.randomUUID(), "report", reportId, "document", documentId, "type", contentType, "at", Timestamp.from(at)));
	}

	public void addUpdate(UUID reportId, ReportPhase phase, @Nullable String text, Instant at) {
		jdbc.update("insert into report_update (id, report_id, at, phase, text) values (:id, :report, :at, :phase, :text)",
				new MapSqlParameterSource().addValue("id", UUID.randomUUID())
					.addValue("report", reportId)
					.addValue("at", Timestamp.from(at))
					.addValue("phase", phase.name())
					.addValue("text", text));
	}

	/** Moves the report to a phase (its status follows) and remembers its case. */
	public void changePhase(UUID reportId, ReportPhase phase, @Nullable UUID caseId, Instant at) {
		jdbc.update("update report set phase = :phase, status = :status, case_id = coalesce(case_id, :caseId), updated_at = :at "
				+ "where id = :id", new MapSqlParameterSource().addValue("phase", phase.name())
					.addValue("status", phase.status().name())
					.addValue("caseId", caseId)
					.addValue("at", Timestamp.from(at))
					.addValue("id", reportId));
	}

	public void rememberCase(UUID reportId, UUID caseId) {
		jdbc.update("update report set case_id = :caseId where id = :id and case_id is null", Map.of("caseId", caseId, "id", reportId));
	}

	/** The unit that handles the report now: its staff list and map show it. */
	public void handledBy(UUID reportId, UUID unit) {
		jdbc.update("update report set responsible_unit = :unit where id = :id", Map.of("unit", unit, "id", reportId));
	}

	/** The report of a submission, its row locked so that two events for it change the phase one after the other. */
	public Optional<Row> lockBySubmission(UUID submissionId) {
		List<UUID> ids = jdbc.queryForList("select id from report where submission_id = :id for update", Map.of("id", submissionId), UUID.class);
		return ids.isEmpty() ? Optional.empty() : byId(ids.get(0));
	}

	public Optional<Row> bySubmission(UUID submissionId) {
		return one(SELECT + " where r.submission_id = :value", submissionId);
	}

	public Optional<Row> byId(UUID id) {
		return one(SELECT + " where r.id = :value", id);
	}

	public Optional<Row> byReference(String reference) {
		return one(SELECT + " where r.reference = :value", reference);
	}

	public Optional<UUID> byToken(String token) {
		return jdbc.queryForList("select id from report where token = :token", Map.of("token", token), UUID.class).stream().findFirst();
	}

	public List<Row> search(ReportQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		parameters.addValue("limit", Math.max(0, query.limit())).addValue("offset", Math.max(0, query.offset()));
		return jdbc.query(SELECT + where + " order by r.requested_at desc, r.id limit :limit offset :offset", parameters, ReportRecords::row);
	}

	public long count(ReportQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		Long count = jdbc.queryForObject("select count(*) from report r" + where(query, parameters), parameters, Long.class);
		return count == null ? 0 : count;
	}

	/** Open reports of a category inside a box (the caller sorts by exact distance). */
	public List<Row> openIn(String categoryCode, BoundingBox box, int limit) {
		return jdbc.query(SELECT + " where r.category_code = :category and r.status = 'OPEN' and r.lat between :south and :north"
				+ " and r.lon between :west and :east order by r.requested_at desc limit :limit",
				new MapSqlParameterSource().addValue("category", categoryCode)
					.addValue("south", box.south())
					.addValue("north", box.north())
					.addValue("west", box.west())
					.addValue("east", box.east())
					.addValue("limit", limit),
				ReportRecords::row);
	}

	/** The photos of these reports, released or not, in the order they came. */
	public Map<UUID, List<Photo>> photos(List<UUID> reportIds) {
		Map<UUID, List<Photo>> photos = new LinkedHashMap<>();
		if (reportIds.isEmpty()) {
			return photos;
		}
		jdbc.query("select id, report_id, document_id, content_type, released from report_photo where report_id in (:ids) "
				+ "order by created_at, id", Map.of("ids", reportIds), rs -> {
					Photo photo = new Photo(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
							rs.getObject("document_id", UUID.class), rs.getString("content_type"), rs.getBoolean("released"));
					photos.computeIfAbsent(photo.reportId(), k -> new ArrayList<>()).add(photo);
				});
		return photos;
	}

	public static List<PublicPhoto> released(List<Photo> photos) {
		return photos.stream().filter(Photo::released).map(p -> new PublicPhoto(p.id(), p.contentType())).toList();
	}

	public Optional<Photo> photo(UUID reportId, UUID photoId) {
		return jdbc.query("select id, report_id, document_id, content_type, released from report_photo where id = :id and report_id = :report",
				Map.of("id", photoId, "report", reportId),
				(rs, i) -> new Photo(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
						rs.getObject("document_id", UUID.class), rs.getString("content_type"), rs.getBoolean("released")))
			.stream()
			.findFirst();
	}

	/** The public history of these reports, oldest first. */
	public Map<UUID, List<PublicUpdate>> updates(List<UUID> reportIds) {
		Map<UUID, List<PublicUpdate>> updates = new LinkedHashMap<>();
		if (reportIds.isEmpty()) {
			return updates;
		}
		jdbc.query("select u.id, u.report_id, r.reference, u.at, u.phase, u.text from report_update u join report r on r.id = u.report_id "
				+ "where u.report_id in (:ids) order by u.at, u.id", Map.of("ids", reportIds),
				rs -> {
					updates.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new ArrayList<>()).add(update(rs));
				});
		return updates;
	}

	/** Updates in a time window, oldest first (Open311 servicerequestupdates). */
	public List<PublicUpdate> updatesBetween(Instant from, Instant to, int limit) {
		return jdbc.query("select u.id, u.report_id, r.reference, u.at, u.phase, u.text from report_update u join report r on r.id = u.report_id "
				+ "where u.at >= :from and u.at < :to order by u.at, u.id limit :limit",
				Map.of("from", Timestamp.from(from), "to", Timestamp.from(to), "limit", Math.max(0, limit)), (rs, i) -> update(rs));
	}

	/** Remembers the idempotency key before filing; false when a report was filed (or is being filed) with it already. */
	public boolean claim(String idempotencyKey, Instant at) {
		return jdbc.update("insert into report_filing (idempotency_key, created_at) values (:key, :at) on conflict do nothing",
				Map.of("key", idempotencyKey, "at", Timestamp.from(at))) == 1;
	}

	public void filed(String idempotencyKey, UUID reportId) {
		jdbc.update("update report_filing set report_id = :report where idempotency_key = :key", Map.of("report", reportId, "key", idempotencyKey));
	}

	public Optional<UUID> filedWith(String idempotencyKey) {
		return jdbc.queryForList("select report_id from report_filing where idempotency_key = :key and report_id is not null",
				Map.of("key", idempotencyKey), UUID.class).stream().findFirst();
	}

	private Optional<Row> one(String sql, Object value) {
		return jdbc.query(sql, Map.of("value", value), ReportRecords::row).stream().findFirst();
	}

	private static String where(ReportQuery query, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (!query.categoryCodes().isEmpty()) {
			conditions.add("r.category_code in (:categories)");
			parameters.addValue("categories", List.copyOf(query.categoryCodes()));
		}
		if (!query.statuses().isEmpty()) {
			conditions.add("r.status in (:statuses)");
			parameters.addValue("statuses", query.statuses().stream().map(PublicStatus::name).toList());
		}
		if (!query.phases().isEmpty()) {
			conditions.add("r.phase in (:phases)");
			parameters.addValue("phases", query.phases().stream().map(ReportPhase::name).toList());
		}
		if (query.from() != null) {
			conditions.add("r.requested_at >= :from");
			parameters.addValue("from", Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			conditions.add("r.requested_at < :to");
			parameters.addValue("to", Timestamp.from(query.to()));
		}
		ReportQuery.After after = query.after();
		if (after != null) {
			conditions.add("(r.requested_at < :afterAt or (r.requested_at = :afterAt and r.id > :afterId))");
			parameters.addValue("afterAt", Timestamp.from(after.requestedAt())).addValue("afterId", after.id());
		}
		BoundingBox area = query.area();
		if (area != null) {
			conditions.add("r.lat between :south and :north and r.lon between :west and :east");
			parameters.addValue("south", area.south()).addValue("north", area.north()).addValue("west", area.west()).addValue("east", area.east());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		BigDecimal lat = rs.getBigDecimal("lat");
		BigDecimal lon = rs.getBigDecimal("lon");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("submission_id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), rs.getString("token"), rs.getObject("service_id", UUID.class), rs.getString("category_code"),
				rs.getObject("responsible_unit", UUID.class), lat == null || lon == null ? null : new ReportPosition(lat, lon),
				rs.getString("address"), rs.getString("public_description"), ReportPhase.valueOf(rs.getString("phase")),
				rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getString("merged_reference"));
	}

	private static PublicUpdate update(ResultSet rs) throws SQLException {
		return new PublicUpdate(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getTimestamp("at").toInstant(),
				ReportPhase.valueOf(rs.getString("phase")), rs.getString("text"));
	}
}
