package de.amtsportal.reports;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A category of reports: a published service of kind REPORT with its own form and responsible unit.
 * {@code code} is the service's address name, also the Open311 service_code.
 */
public record ReportCategory(UUID serviceId, String code, String name, String description, @Nullable String group,
		UUID responsibleUnit, Locale locale) {
}
