package de.amtsportal.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A report filed from outside the web journey (Open311 POST): answers to the category's extra questions keyed by
 * the form's field ids. A position or an address is needed, as the form demands.
 */
public record NewReport(String categoryCode, @Nullable ReportPosition position, @Nullable String address,
		@Nullable String description, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
		Map<String, Object> extraAnswers, List<PhotoUpload> photos, @Nullable String idempotencyKey, Locale locale) {

	public NewReport {
		extraAnswers = Map.copyOf(extraAnswers);
		photos = List.copyOf(photos);
	}
}
