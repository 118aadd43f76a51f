package de.amtsportal.documents.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes as people read them in messages: 10 MB, 2.5 MB (formatted per language by the message). */
final class Megabytes {

	private Megabytes() {
	}

	static BigDecimal of(long bytes) {
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP).stripTrailingZeros();
	}
}
