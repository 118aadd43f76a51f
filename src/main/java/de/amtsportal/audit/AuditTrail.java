package de.amtsportal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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

	private final AuditChain chain;

	AuditTrail(AuditChain chain) {
		this.chain = chain;
	}

	@Transactional
	public void record(AuditEvent event) {
		chain.append(event, ClientAddress.current());
	}

	@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
		return chain.search(query, pageable);
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
			return from == null ? null : from.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
		}

		public @Nullable Instant toInstant() {
			return to == null ? null : to.plusDays(1).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
		}
	}
}
