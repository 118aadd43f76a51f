package de.amtsportal.submissions.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amtsportal.submissions.*}: the prefix of reference numbers, how long unfinished applications are kept
 * (and when their owner is reminded), and the secret that signs anonymous applicants' links.
 */
@ConfigurationProperties("amtsportal.submissions")
public record SubmissionProperties(String referencePrefix, Duration draftRetention, Duration draftReminderBefore,
		String linkSecret) {
}
