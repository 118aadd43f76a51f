package de.amtsportal.places.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** People type addresses in many ways; the register must find the same house for each of them. */
class AddressQueryTests {

	@Test
	void streetSpellingsAreTheSame() {
		assertThat(AddressKeys.street("Hauptstraße")).isEqualTo("hauptstr")
			.isEqualTo(AddressKeys.street("Hauptstr."))
			.isEqualTo(AddressKeys.street("hauptstrasse"))
			.isEqualTo(AddressKeys.street("HAUPTSTR"))
			.isEqualTo(AddressKeys.street("Haupt Straße"));
		assertThat(AddressKeys.street("Karl-Müller-Straße")).isEqualTo("karlmuellerstr").isEqualTo(AddressKeys.street("karl mueller str."));
		assertThat(AddressKeys.street("Schloßallee")).isEqualTo(AddressKeys.street("Schlossallee"));
		assertThat(AddressKeys.street("Am Mühlbach")).isEqualTo("ammuehlbach");
	}

	@Test
	void houseNumberSuffixesAreTheSame() {
		assertThat(AddressKeys.houseNumber("5a")).isEqualTo("5a").isEqualTo(AddressKeys.houseNumber("5 A"))
			.isEqualTo(AddressKeys.houseNumber("5A"));
	}

	@Test
	void readsStreetNumberPostcodeAndLocality() {
		assertThat(AddressQuery.parse("Hauptstraße 5, 12345 Musterstadt"))
			.contains(new AddressQuery("hauptstr", "5", "12345", "musterstadt"));
		assertThat(AddressQuery.parse("hauptstr. 5 a")).contains(new AddressQuery("hauptstr", "5a", null, null));
		assertThat(AddressQuery.parse("Hauptstrasse 5a 12345")).contains(new AddressQuery("hauptstr", "5a", "12345", null));
		assertThat(AddressQuery.parse("12345 Musterstadt, Hauptstraße 5")).contains(new AddressQuery("musterstadthauptstr", "5", "12345", null));
	}

	@Test
	void aNumberInTheStreetNameIsNotTheHouseNumber() {
		assertThat(AddressQuery.parse("Straße des 17. Juni 112")).contains(new AddressQuery("strdes17juni", "112", null, null));
	}

	@Test
	void withoutHouseNumberACommaEndsTheStreet() {
		assertThat(AddressQuery.parse("Schulstraße, Musterstadt-Hausen")).contains(new AddressQuery("schulstr", null, null, "musterstadthausen"));
		assertThat(AddressQuery.parse("Marktplatz")).contains(new AddressQuery("marktplatz", null, null, null));
	}

	@Test
	void nothingLikeAStreetFindsNothing() {
		assertThat(AddressQuery.parse("12345")).isEmpty();
		assertThat(AddressQuery.parse("  , ")).isEmpty();
		assertThat(AddressQuery.parse("x".repeat(301))).isEmpty();
	}
}
