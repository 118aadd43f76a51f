package de.amtsportal.forms.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Finds a position by its address, for the position field: a person who cannot use the map (no JavaScript,
 * tiles that do not load, a screen reader) types the address instead of coordinates.
 */
public interface PlaceSearch {

	/** Whether addresses can be found at all (a register is loaded); without, the search is not offered. */
	boolean available();

	/** The addresses that match, at most {@code limit}. */
	List<FoundPlace> find(String text, int limit);

	Optional<FoundPlace> byId(String id);

	/** An address with its position; {@code label} as it is written ("Hauptstraße 5, 12345 Musterstadt"). */
	record FoundPlace(String id, String label, BigDecimal latitude, BigDecimal longitude) {
	}
}
