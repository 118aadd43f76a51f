package de.amtsportal.feedback;

import java.util.Map;

/**
 * The ratings of a service in a month: how many, their average (0 when there are none) and how many gave each
 * score from 1 to 5 (every score is a key).
 */
public record FeedbackSummary(long count, double average, Map<Integer, Long> distribution) {
}
