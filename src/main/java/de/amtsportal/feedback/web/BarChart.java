package de.amtsportal.feedback.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG: the template draws the bars at these coordinates. Charts are only an
 * illustration; every chart stands beside a table with the same numbers.
 */
public record BarChart(int width, int height, List<Bar> bars) {

	static final int WIDTH = 640;
	static final int HEIGHT = 220;
	private static final int AXIS = 24;
	private static final int GAP = 6;

	public record Bar(String label, long value, int x, int y, int width, int height, int labelX) {
	}

	/** Vertical bars, one per label, scaled to the largest value. */
	static BarChart of(List<String> labels, List<Long> values) {
		long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
		int slot = WIDTH / Math.max(1, labels.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			int height = (int) Math.round((HEIGHT - AXIS - 16) * (double) values.get(i) / max);
			int x = i * slot + GAP / 2;
			bars.add(new Bar(labels.get(i), values.get(i), x, HEIGHT - AXIS - height, slot - GAP, height, x + (slot - GAP) / 2));
		}
		return new BarChart(WIDTH, HEIGHT, bars);
	}

	/** Where the labels under the bars stand. */
	public int labelY() {
		return HEIGHT - 8;
	}

	public int baseline() {
		return HEIGHT - AXIS;
	}
}
