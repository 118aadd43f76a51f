package de.amtsportal.places.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.amtsportal.places.internal.InvalidAddressFile.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AddressFileTests {

	@Test
	void readsSemicolonFileWithDecimalCommaInAnyColumnOrder() {
		List<AddressRow> rows = AddressFile.read(bytes("""
				\uFEFFort;plz;strasse;hausnummer;laenge;breite
				Musterstadt;12345;Hauptstraße;5a;13,40388;52,52012
				Musterstadt;;Marktplatz;1;13.4;52.5
				"""));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).satisfies(row -> {
			assertThat(row.street()).isEqualTo("Hauptstraße");
			assertThat(row.houseNumber()).isEqualTo("5a");
			assertThat(row.postcode()).isEqualTo("12345");
			assertThat(row.latitude()).isEqualByComparingTo(new BigDecimal("52.52012"));
			assertThat(row.longitude()).isEqualByComparingTo(new BigDecimal("13.40388"));
			assertThat(row.numberOrder()).isEqualTo(5);
		});
		assertThat(rows.get(1).postcode()).isNull();
	}

	@Test
	void readsCommaFileWithEnglishNamesAndOwnIds() {
		List<AddressRow> rows = AddressFile.read(bytes("""
				id,street,house_number,postcode,locality,lat,lon
				DEBE0001,"Straße des 17. Juni",112,10623,Berlin,52.5128,13.3270
				"""));
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.id()).isEqualTo("DEBE0001");
			assertThat(row.street()).isEqualTo("Straße des 17. Juni");
		});
	}

	@Test
	void derivedIdsDoNotChangeWhenTheFileIsLoadedAgain() {
		String file = "strasse;hausnummer;plz;ort;breite;laenge\nHauptstraße;5;12345;Musterstadt;52.5;13.4\n";
		assertThat(AddressFile.read(bytes(file)).get(0).id()).isEqualTo(AddressFile.read(bytes(file.replace("5;12345", "5 ;12345"))).get(0).id());
	}

	@Test
	void namesEveryBadLineAndTakesNothing() {
		InvalidAddressFile invalid = catchThrowableOfType(InvalidAddressFile.class, () -> AddressFile.read(bytes("""
				strasse;hausnummer;plz;ort;breite;laenge
				Hauptstraße;5;12345;Musterstadt;52.5;13.4
				;6;12345;Musterstadt;52.5;13.4
				Hauptstraße;7;1234;Musterstadt;95;13.4
				Hauptstraße;5;12345;Musterstadt;52.6;13.5
				""")));
		assertThat(invalid.problems()).containsExactly(
				new Problem(3, "places.error.missing", List.of("strasse")),
				new Problem(4, "places.error.postcode", List.of("1234")),
				new Problem(4, "places.error.coordinate", List.of("places.column.latitude", "95", BigDecimal.valueOf(-90), BigDecimal.valueOf(90))),
				new Problem(5, "places.error.duplicate", List.of(2L)));
	}

	@Test
	void listsFiftyProblemsAndCountsTheRest() {
		StringBuilder file = new StringBuilder("strasse;hausnummer;plz;ort;breite;laenge\n");
		for (int i = 0; i < 60; i++) {
			file.append("Hauptstraße;").append(i).append(";12345;Musterstadt;north;13.4\n");
		}
		InvalidAddressFile invalid = catchThrowableOfType(InvalidAddressFile.class, () -> AddressFile.read(bytes(file.toString())));
		assertThat(invalid.problems()).hasSize(50);
		assertThat(invalid.more()).isEqualTo(10);
	}

	@Test
	void refusesFilesItCannotRead() {
		assertProblem(new byte[0], "places.error.empty");
		assertProblem(bytes("strasse;hausnummer;ort;breite\nHauptstraße;5;Musterstadt;52.5\n"), "places.error.columns");
		assertProblem(bytes("strasse;hausnummer;plz;ort;breite;laenge\n"), "places.error.no-rows");
		assertProblem("strasse;hausnummer;plz;ort;breite;laenge\nHauptstraße;5;12345;Musterstadt;52.5;13.4\n"
			.getBytes(StandardCharsets.ISO_8859_1), "places.error.encoding");
		assertProblem(bytes("strasse;hausnummer;plz;ort;breite;laenge\n\"Hauptstraße;5;12345;Musterstadt;52.5;13.4\n"), "places.error.malformed");
	}

	@Test
	void refusesOversizedFilesBeforeReadingThem() {
		assertProblem(new byte[AddressFile.MAX_BYTES + 1], "places.error.too-large");
	}

	private static void assertProblem(byte[] content, String key) {
		assertThatThrownBy(() -> AddressFile.read(content)).isInstanceOfSatisfying(InvalidAddressFile.class,
				invalid -> assertThat(invalid.problems()).extracting(Problem::key).containsExactly(key));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
