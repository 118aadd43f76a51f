package de.amtsportal.cases.internal;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amtsportal.cases.*}: how long closed cases are kept when their service has no period of its own, and
 * how often the reminder and retention jobs run.
 */
@ConfigurationProperties("amtsportal.cases")
public record CaseProperties(Period defaultRetention, Duration jobInterval) {
}
