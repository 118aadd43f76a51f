package de.amtsportal.documents;

import java.math.BigDecimal;

/** A position in WGS 84 degrees, e.g. where a photo was taken. */
public record GeoPosition(BigDecimal latitude, BigDecimal longitude) {

	public GeoPosition {
		if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0 || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			throw new IllegalArgumentException("not a position on earth: " + latitude + ", " + longitude);
		}
	}
}
