package de.amtsportal.reports;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters for the public list; empty sets mean "any". Newest first. */
public record ReportQuery(Set<String> categoryCodes, Set<PublicStatus> statuses, Set<ReportPhase> phases,
		@Nullable Instant from, @Nullable Instant to, @Nullable BoundingBox area, int limit, int offset, @Nullable After after) {

	public ReportQuery {
		categoryCodes = Set.copyOf(categoryCodes);
		statuses = Set.copyOf(statuses);
		phases = Set.copyOf(phases);
	}

	public ReportQuery(Set<String> categoryCodes, Set<PublicStatus> statuses, Set<ReportPhase> phases, @Nullable Instant from,
			@Nullable Instant to, @Nullable BoundingBox area, int limit, int offset) {
		this(categoryCodes, statuses, phases, from, to, area, limit, offset, null);
	}

	/**
	 * The reports after this one in the order of every search (newest first, then by id): the next page of a long
	 * walk through the reports, found through the index instead of counting off the pages before (offset).
	 */
	public record After(Instant requestedAt, UUID id) {

		public static After of(PublicReport report) {
			return new After(report.requestedAt(), report.id());
		}
	}

	/** The same search, continued after this report (keyset paging), from the first result on. */
	public ReportQuery after(PublicReport report) {
		return new ReportQuery(categoryCodes, statuses, phases, from, to, area, limit, 0, After.of(report));
	}

	/** Every report, a page at a time. */
	public static ReportQuery all(int limit, int offset) {
		return new ReportQuery(Set.of(), Set.of(), Set.of(), null, null, null, limit, offset);
	}
}
