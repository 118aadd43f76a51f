package de.amtsportal.reports;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A report moved to another public phase; {@code publicText} is staff's public reply with it, if any. */
public record ReportPhaseChanged(UUID reportId, ReportPhase phase, @Nullable String publicText) {
}
