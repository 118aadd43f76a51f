package de.amtsportal.places.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.amtsportal.forms.spi.PlaceSearch;
import de.amtsportal.places.Place;
import de.amtsportal.places.Places;

/** The register behind the position field's address search. */
@Component
class PlaceSearchAdapter implements PlaceSearch {

	private final Places places;

	PlaceSearchAdapter(Places places) {
		this.places = places;
	}

	@Override
	public boolean available() {
		return places.register().isPresent();
	}

	@Override
	public List<FoundPlace> find(String text, int limit) {
		return places.find(text).stream().limit(limit).map(PlaceSearchAdapter::found).toList();
	}

	@Override
	public Optional<FoundPlace> byId(String id) {
		return places.byId(id).map(PlaceSearchAdapter::found);
	}

	private static FoundPlace found(Place place) {
		return new FoundPlace(place.id(), place.label(), place.latitude(), place.longitude());
	}
}
