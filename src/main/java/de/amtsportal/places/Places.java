package de.amtsportal.places;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.places.internal.AddressQuery;
import de.amtsportal.places.internal.AddressTable;

/**
 * Finding addresses in the register. A query is read the way people type addresses ("Hauptstr. 5a",
 * "hauptstrasse 5 a, 12345"): case, "Straße"/"Str."/"Strasse", ß and umlauts do not matter, the postcode and
 * the locality are optional.
 */
@Service
public class Places {

	/** More candidates than this are not offered: the person is asked to be more precise instead. */
	public static final int MAX_CANDIDATES = 10;

	private final AddressTable table;

	Places(AddressTable table) {
		this.table = table;
	}

	/** The matching addresses, at most {@link #MAX_CANDIDATES} + 1 (so that "too many" can be told apart). */
	@Transactional(readOnly = true)
	public List<Place> find(String query) {
		return AddressQuery.parse(query).map(q -> table.find(q, MAX_CANDIDATES + 1)).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<Place> byId(String id) {
		return id.length() > AddressTable.MAX_ID ? Optional.empty() : table.byId(id);
	}

	/**
	 * The register's id of an address written as {@link Place#label()} writes it, if the register has exactly that
	 * address: how an address given by its id (or found by its text) is known again later.
	 */
	@Transactional(readOnly = true)
	public Optional<String> idOf(String label) {
		return find(label).stream().filter(place -> place.label().equalsIgnoreCase(label.trim())).map(Place::id).findFirst();
	}

	/**
	 * The address exactly at this position (to six decimal places, as the register keeps them): a position found
	 * by the address search is known again by its address, a position picked on the map is not.
	 */
	@Transactional(readOnly = true)
	public Optional<Place> at(BigDecimal latitude, BigDecimal longitude) {
		return table.at(latitude.setScale(6, RoundingMode.HALF_UP), longitude.setScale(6, RoundingMode.HALF_UP));
	}

	/** The loaded register, empty while none was loaded. */
	@Transactional(readOnly = true)
	public Optional<PlaceRegister> register() {
		return table.register();
	}
}
