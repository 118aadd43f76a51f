package de.amtsportal.reports;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Filters for the public list; empty sets mean "any". Newest first. */
public record ReportQuery(Set<String> categoryCodes, Set<PublicStatus> statuses, Set<ReportPhase> phases,
		@Nullable Instant from, @Nullable Instant to, @Nullable BoundingBox area, int limit, int offset) {

	public ReportQuery {
		categoryCodes = Set.copyOf(categoryCodes);
		statuses = Set.copyOf(statuses);
		phases = Set.copyOf(phases);
	}

	/** Every report, a page at a time. */
	public static ReportQuery all(int limit, int offset) {
		return new ReportQuery(Set.of(), Set.of(), Set.of(), null, null, null, limit, offset);
	}
}
