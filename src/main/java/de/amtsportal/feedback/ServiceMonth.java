package de.amtsportal.feedback;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one service in one month, as the dashboard and the open data show them: applications started
 * and submitted, the share of started ones that were submitted, how long decisions took (median and 90th
 * percentile of the decisions made in the month), the cases still open at the end of the month, and the
 * satisfaction ratings given in the month.
 */
public record ServiceMonth(UUID serviceId, String serviceName, @Nullable String serviceNameEn, YearMonth month, long started, long submitted,
		@Nullable Double completionRate, @Nullable Duration medianTimeToDecision, @Nullable Duration p90TimeToDecision,
		long decided, long openCases, FeedbackSummary satisfaction) {

	/** The service's name in the reader's language, German where no translation exists. */
	public String serviceName(Locale locale) {
		return "en".equals(locale.getLanguage()) && serviceNameEn != null ? serviceNameEn : serviceName;
	}

	/** Days, with one decimal, as the tables show durations. */
	public static @Nullable Double days(@Nullable Duration duration) {
		return duration == null ? null : Math.round(duration.toMinutes() / 144.0) / 10.0;
	}
}
