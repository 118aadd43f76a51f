package de.amtsportal.reports;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A step in a report's public history; {@code text} is staff's public reply, if any. */
public record PublicUpdate(UUID id, String reportReference, Instant at, ReportPhase phase, @Nullable String text) {
}
