package de.amtsportal.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ratings of a service in a month: how many, their average (0 when there are none) and how many gave each
 * score from 1 to 5 (every score is a key).
 */
public record FeedbackSummary(long count, double average, Map<Integer, Long> distribution) {

	/** The summary of how many gave each score (missing scores count as none). */
	public static FeedbackSummary of(Map<Integer, Long> scores) {
		Map<Integer, Long> distribution = new LinkedHashMap<>();
		for (int score = 1; score <= 5; score++) {
			distribution.put(score, scores.getOrDefault(score, 0L));
		}
		long count = distribution.values().stream().mapToLong(Long::longValue).sum();
		long total = distribution.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
		return new FeedbackSummary(count, count == 0 ? 0 : (double) total / count, Collections.unmodifiableMap(distribution));
	}
}
