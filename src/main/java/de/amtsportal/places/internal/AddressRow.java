package de.amtsportal.places.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One address read from an upload, checked. */
record AddressRow(String id, String street, String houseNumber, @Nullable String postcode, String locality, BigDecimal latitude,
		BigDecimal longitude) {

	/** The number part of the house number, so that 2 comes before 10. */
	int numberOrder() {
		String digits = houseNumber.replaceAll("^\\D*(\\d{0,6}).*$", "$1");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits);
	}
}
