package de.amtsportal.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the public may know about a report: never the reporter, never the citizen's own text (it may name
 * people) — only the description staff released, released photos and public replies.
 */
public record PublicReport(UUID id, String reference, String categoryCode, String categoryName,
		@Nullable ReportPosition position, @Nullable String address, @Nullable String publicDescription, ReportPhase phase,
		PublicStatus status, Instant requestedAt, Instant updatedAt, List<PublicPhoto> photos, List<PublicUpdate> updates,
		@Nullable String mergedIntoReference, @Nullable UUID responsibleUnit) {

	public PublicReport {
		photos = List.copyOf(photos);
		updates = List.copyOf(updates);
	}
}
