package de.amtsportal.places;

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

	/** The loaded register, empty while none was loaded. */
	@Transactional(readOnly = true)
	public Optional<PlaceRegister> register() {
		return table.register();
	}
}
