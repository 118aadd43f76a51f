package de.amtsportal.feedback.internal;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the facts the KPIs count (each at most once) and sums them up per service and month. */
@Component
public class KpiFacts {

	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	public enum Kind {
		STARTED, SUBMITTED, DECIDED, FINISHED
	}

	/** The facts of one kind of a service in a month; the quantiles only for decisions. */
	public record Count(UUID serviceId, String serviceName, YearMonth month, Kind kind, long count,
			@Nullable Duration median, @Nullable Duration p90) {
	}

	/** How many of each kind a service had before a month (to know the cases open at its start). */
	public record Total(UUID serviceId, String serviceName, Kind kind, long count) {
	}

	/** Ratings of a service on a day with one score. */
	public record Scores(UUID serviceId, LocalDate day, int score, long count) {
	}

	private final JdbcTemplate jdbc;

	KpiFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a fact once: a redelivered event finds its key taken and changes nothing. */
	public void record(String key, UUID serviceId, String serviceName, Kind kind, Instant at, @Nullable Duration took) {
		LocalDate month = YearMonth.from(at.atZone(BERLIN)).atDay(1);
		jdbc.update("insert into kpi_fact (fact_key, service_id, service_name, kind, fact_month, seconds) values (?, ?, ?, ?, ?, ?) "
				+ "on conflict do nothing", key, serviceId, serviceName, kind.name(), Date.valueOf(month),
				took == null ? null : took.toSeconds());
	}

	public List<Count> counts(YearMonth from, YearMonth to) {
		return jdbc.query("""
				select service_id, max(service_name) as service_name, fact_month, kind, count(*) as n,
				  percentile_disc(0.5) within group (order by seconds) as median,
				  percentile_disc(0.9) within group (order by seconds) as p90
				from kpi_fact where fact_month between ? and ?
				group by service_id, fact_month, kind""", (rs, i) -> new Count(rs.getObject("service_id", UUID.class),
				rs.getString("service_name"), YearMonth.from(rs.getDate("fact_month").toLocalDate()), Kind.valueOf(rs.getString("kind")),
				rs.getLong("n"), duration(rs.getObject("median")), duration(rs.getObject("p90"))),
				Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
	}

	public List<Total> totalsBefore(YearMonth month) {
		return jdbc.query("select service_id, max(service_name) as service_name, kind, count(*) as n from kpi_fact where fact_month < ? "
				+ "group by service_id, kind", (rs, i) -> new Total(rs.getObject("service_id", UUID.class), rs.getString("service_name"), Kind.valueOf(rs.getString("kind")), rs.getLong("n")),
				Date.valueOf(month.atDay(1)));
	}

	public List<Scores> scores(YearMonth from, YearMonth to) {
		return jdbc.query("""
				select service_id, created_on, score, count(*) as n from feedback_rating
				where created_on between ? and ? group by service_id, created_on, score""",
				(rs, i) -> new Scores(rs.getObject("service_id", UUID.class), rs.getDate("created_on").toLocalDate(),
						rs.getInt("score"), rs.getLong("n")),
				Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()));
	}

	private static @Nullable Duration duration(@Nullable Object seconds) {
		return seconds == null ? null : Duration.ofSeconds(((Number) seconds).longValue());
	}
}
