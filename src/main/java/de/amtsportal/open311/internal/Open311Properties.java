package de.amtsportal.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code amtsportal.open311.*}: what discovery tells clients, the jurisdiction this endpoint serves (empty: any
 * jurisdiction_id is accepted), the request budgets, the body size limits, and the default window and page size
 * of the request lists.
 */
@ConfigurationProperties("amtsportal.open311")
public record Open311Properties(@Nullable String jurisdictionId, String contact, String keyService, Instant changeset,
		int defaultRequestsPerMinute, int addressRequestsPerMinute, DataSize maxFormSize, DataSize maxUploadSize,
		Duration defaultWindow, int maxResults, ZoneId zone) {

	public boolean servesJurisdiction(@Nullable String requested) {
		return requested == null || requested.isBlank() || jurisdictionId == null || jurisdictionId.isBlank()
				|| jurisdictionId.equalsIgnoreCase(requested.trim());
	}
}
