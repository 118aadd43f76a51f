package de.amtsportal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.internal.AuditChain;

/**
 * The module's API. Recording joins the caller's transaction: if the audited change rolls back, so does
 * its entry, and an entry never exists for something that did not happen.
 */
@Service
public class AuditTrail {

	/** Days in filters and times on screen are the authority's local ones. */
	public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Berlin");

	private final AuditChain chain;

	AuditTrail(AuditChain chain) {
		this.chain = chain;
	}

	@Transactional
	public void record(AuditEvent event) {
		chain.append(event, ClientAddress.current());
	}

	/** Records the events in this order, at once. */
	@Transactional
	public void recordAll(List<AuditEvent> events) {
		chain.appendAll(events, ClientAddress.current());
	}

	@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
		return chain.search(query, pageable);
	}

	/** The action names that occur in the trail, for the filter of the audit view. */
	@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
	@Transactional(readOnly = true)
	public List<String> actions() {
		return chain.actions();
	}

	@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
	@Transactional(readOnly = true)
	public Optional<AuditEntry> entry(long seq) {
		return chain.entry(seq);
	}

	@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		return chain.verify();
	}

	/** Filters of the audit view; every part is optional. */
	public record AuditQuery(@Nullable String action, @Nullable String actor, @Nullable LocalDate from,
			@Nullable LocalDate to) {

		public @Nullable Instant fromInstant() {
			return from == null ? null : from.atStartOfDay(TIME_ZONE).toInstant();
		}

		public @Nullable Instant toInstant() {
			return to == null ? null : to.plusDays(1).atStartOfDay(TIME_ZONE).toInstant();
		}
	}
}
