package de.amtsportal.places;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One address of the register with its coordinates (WGS 84). {@code id} is stable across loads of the same file. */
public record Place(String id, String street, String houseNumber, @Nullable String postcode, String locality,
		BigDecimal latitude, BigDecimal longitude) {

	/** How the address is written in Germany: "Hauptstraße 5, 12345 Musterstadt". */
	public String label() {
		return street + " " + houseNumber + ", " + (postcode == null ? "" : postcode + " ") + locality;
	}
}
