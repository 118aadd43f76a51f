package de.amtsportal.reports;

import java.util.UUID;

/** A report filed through {@link Reports#file}: {@code token} answers Open311's tokens/{id}. */
public record FiledReport(UUID reportId, String reference, String token) {
}
