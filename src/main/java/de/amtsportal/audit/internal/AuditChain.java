package de.amtsportal.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import de.amtsportal.audit.AuditEntry;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail.AuditQuery;
import de.amtsportal.audit.ChainVerification;

/** Appends to and reads the chain. Callers provide the transaction. */
@Component
public class AuditChain {

	private static final int FIELD_LIMIT = 2000;

	private final AuditEntries entries;
	private final ChainHeads heads;
	private final Clock clock;

	AuditChain(AuditEntries entries, ChainHeads heads, Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.clock = clock;
	}

	public void append(AuditEvent event, @Nullable String clientAddress) {
		appendAll(List.of(event), clientAddress);
	}

	/** Appends the events in order under one lock of the chain's head (a batch costs one head update, not one each). */
	public void appendAll(List<AuditEvent> events, @Nullable String clientAddress) {
		if (events.isEmpty()) {
			return;
		}
		ChainHead head = heads.lockHead();
		long seq = head.lastSeq();
		String previous = head.lastHash();
		// microsecond precision: what the database stores is what the hash covers
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<AuditEntryRecord> appended = new ArrayList<>(events.size());
		for (AuditEvent event : events) {
			AuditEntryRecord entry = new AuditEntryRecord(++seq, now, truncate(event.actor(), 100), truncate(event.action(), 80),
					truncateNullable(event.subject(), 200), truncateNullable(event.details(), FIELD_LIMIT),
					truncateNullable(clientAddress, 64), previous);
			appended.add(entry);
			previous = entry.hash();
		}
		entries.saveAll(appended);
		head.advance(seq, previous);
	}

	public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
		Specification<AuditEntryRecord> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.action() != null && !query.action().isBlank()) {
				where.add(cb.equal(root.get("action"), query.action()));
			}
			if (query.actor() != null && !query.actor().isBlank()) {
				where.add(cb.equal(root.get("actor"), query.actor().strip()));
			}
			Instant from = query.fromInstant();
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
			}
			Instant to = query.toInstant();
			if (to != null) {
				where.add(cb.lessThan(root.get("occurredAt"), to));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "seq"));
		return entries.findAll(spec, newestFirst).map(AuditEntryRecord::toEntry);
	}

	public List<String> actions() {
		return entries.findDistinctActions();
	}

	public Optional<AuditEntry> entry(long seq) {
		return entries.findById(seq).map(AuditEntryRecord::toEntry);
	}

	/** Recomputes every hash in order, in pages, so a chain of millions of entries needs little memory. */
	public ChainVerification verify() {
		String previous = "0".repeat(64);
		long checked = 0;
		Pageable page = PageRequest.of(0, 1000, Sort.by("seq"));
		while (true) {
			Page<AuditEntryRecord> batch = entries.findAll(page);
			for (AuditEntryRecord entry : batch) {
				checked++;
				if (!Objects.equals(entry.previousHash(), previous) || !Objects.equals(entry.computeHash(), entry.hash())
						|| entry.seq() != checked) {
					return new ChainVerification(checked, entry.seq());
				}
				previous = entry.hash();
			}
			if (!batch.hasNext()) {
				break;
			}
			page = batch.nextPageable();
		}
		ChainHead head = heads.findById(1).orElseThrow();
		if (head.lastSeq() != checked || !head.lastHash().equals(previous)) {
			// entries were removed from the end
			return new ChainVerification(checked, checked + 1);
		}
		return new ChainVerification(checked, null);
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	private static @Nullable String truncateNullable(@Nullable String value, int max) {
		return value == null ? null : truncate(value, max);
	}

}
