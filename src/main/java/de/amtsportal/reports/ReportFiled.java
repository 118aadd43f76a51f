package de.amtsportal.reports;

import java.util.UUID;

/** A report was recorded (from the web journey or filed through {@link Reports#file}). */
public record ReportFiled(UUID reportId, String reference, String categoryCode) {
}
