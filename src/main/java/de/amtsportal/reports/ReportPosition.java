package de.amtsportal.reports;

import java.math.BigDecimal;

/** A position in WGS 84 degrees. */
public record ReportPosition(BigDecimal lat, BigDecimal lon) {

	/** Whether the position lies on earth (latitude within ±90°, longitude within ±180°). */
	public boolean isValid() {
		return lat.abs().compareTo(BigDecimal.valueOf(90)) <= 0 && lon.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
	}

	/** The great-circle distance in metres (haversine on a sphere of the earth's mean radius). */
	public double metresTo(ReportPosition other) {
		double lat1 = Math.toRadians(lat.doubleValue());
		double lat2 = Math.toRadians(other.lat.doubleValue());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.lon.doubleValue() - lon.doubleValue());
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
