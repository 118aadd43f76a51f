package de.amtsportal.reports;

import java.math.BigDecimal;

/** An area in WGS 84 degrees (not across the antimeridian). */
public record BoundingBox(BigDecimal south, BigDecimal west, BigDecimal north, BigDecimal east) {
}
