package de.amtsportal.cases.internal;

import java.time.Clock;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.CurrentUser;

/** How long closed cases of each service are kept: a setting per service, else the configured default. */
@Service
public class RetentionPeriods {

	public static final int MAX_MONTHS = 600;

	private final NamedParameterJdbcTemplate jdbc;
	private final CaseProperties properties;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Clock clock;

	RetentionPeriods(NamedParameterJdbcTemplate jdbc, CaseProperties properties, CurrentUser currentUser, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	public Period defaultPeriod() {
		return properties.defaultRetention();
	}

	/** The periods set for services; services not in the map keep {@link #defaultPeriod()}. */
	@Transactional(readOnly = true)
	public Map<UUID, Period> settings() {
		Map<UUID, Period> periods = new HashMap<>();
		jdbc.query("select service_id, retention from case_retention", Map.of(),
				rs -> {
					periods.put(rs.getObject(1, UUID.class), Period.parse(rs.getString(2)));
				});
		return periods;
	}

	@Transactional(readOnly = true)
	public Period of(UUID service) {
		return settings().getOrDefault(service, defaultPeriod());
	}

	@PreAuthorize("hasAuthority('" + Permissions.CASES_RETENTION + "')")
	@Transactional
	public void set(UUID service, String serviceName, int months) {
		if (months < 1 || months > MAX_MONTHS) {
			throw new IllegalArgumentException("A retention period is 1 to " + MAX_MONTHS + " months");
		}
		UUID actor = currentUser.require().id().value();
		MapSqlParameterSource row = new MapSqlParameterSource("service", service).addValue("name", serviceName)
			.addValue("retention", Period.ofMonths(months).toString()).addValue("actor", actor)
			.addValue("at", java.sql.Timestamp.from(clock.instant()));
		if (jdbc.update("update case_retention set retention = :retention, service_name = :name, changed_by = :actor, "
				+ "changed_at = :at where service_id = :service", row) == 0) {
			jdbc.update("insert into case_retention (service_id, service_name, retention, changed_by, changed_at) "
					+ "values (:service, :name, :retention, :actor, :at)", row);
		}
		audit.record(new AuditEvent(actor.toString(), "cases.retention-set", service.toString(), months + " months"));
	}
}
