package de.amtsportal.places.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an address list as authorities get it (official house coordinates, an OSM extract): UTF-8 text with a
 * header row, separated by semicolons or commas, one address per line. The columns are found by their header
 * names, German or English, in any order: strasse/street, hausnummer/house_number, plz/postcode (may be empty),
 * ort/locality, breite/lat/latitude, laenge/lon/longitude (WGS 84, decimal point, or decimal comma when the file
 * uses semicolons), and optionally id (the authority's own key, for example the ALKIS address id). The whole
 * file is checked before anything is used; every bad line is named.
 */
final class AddressFile {

	static final int MAX_BYTES = 20 * 1024 * 1024;
	static final int MAX_ROWS = 300_000;
	static final int MAX_LISTED = 50;
	private static final BigDecimal NINETY = BigDecimal.valueOf(90);
	private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

	private enum Column {
		ID(false, "id", "adress_id", "address_id"),
		STREET(true, "strasse", "straße", "street"),
		NUMBER(true, "hausnummer", "hnr", "house_number", "housenumber"),
		POSTCODE(true, "plz", "postleitzahl", "postcode", "zipcode"),
		LOCALITY(true, "ort", "gemeinde", "locality", "city"),
		LATITUDE(true, "breite", "lat", "latitude", "breitengrad"),
		LONGITUDE(true, "laenge", "länge", "lon", "long", "longitude", "laengengrad");

		private final boolean required;
		private final List<String> names;

		Column(boolean required, String... names) {
			this.required = required;
			this.names = List.of(names);
		}
	}

	private AddressFile() {
	}

	static List<AddressRow> read(byte[] content) {
		if (content.length == 0) {
			throw InvalidAddressFile.of("places.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidAddressFile.of("places.error.too-large", MAX_BYTES / (1024 * 1024));
		}
		String text = utf8(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int endOfHeader = text.indexOf('\n');
		String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
		char delimiter = count(header, ';') >= count(header, ',') && count(header, ';') > 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			var records = parser.iterator();
			if (!records.hasNext()) {
				throw InvalidAddressFile.of("places.error.empty");
			}
			Map<Column, Integer> columns = columns(records.next());
			return rows(records, columns, delimiter);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (IllegalStateException | UncheckedIOException malformed) {
			// commons-csv stops at an unclosed quote; the line it reached is in its message
			throw InvalidAddressFile.of("places.error.malformed");
		}
	}

	private static List<AddressRow> rows(java.util.Iterator<CSVRecord> records, Map<Column, Integer> columns, char delimiter) {
		List<AddressRow> rows = new ArrayList<>();
		List<InvalidAddressFile.Problem> problems = new ArrayList<>();
		long more = 0;
		Map<String, Long> lineOfId = new HashMap<>();
		while (records.hasNext()) {
			CSVRecord record = records.next();
			long line = record.getParser().getCurrentLineNumber();
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			if (rows.size() + problems.size() + more >= MAX_ROWS) {
				throw InvalidAddressFile.of("places.error.too-many-rows", MAX_ROWS);
			}
			List<InvalidAddressFile.Problem> found = new ArrayList<>();
			AddressRow row = row(record, line, columns, delimiter, found);
			if (row != null) {
				Long earlier = lineOfId.putIfAbsent(row.id(), line);
				if (earlier != null) {
					found.add(new InvalidAddressFile.Problem(line, "places.error.duplicate", List.of(earlier)));
				}
			}
			if (found.isEmpty() && row != null) {
				rows.add(row);
			}
			for (InvalidAddressFile.Problem problem : found) {
				if (problems.size() < MAX_LISTED) {
					problems.add(problem);
				}
				else {
					more++;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAddressFile(problems, more);
		}
		if (rows.isEmpty()) {
			throw InvalidAddressFile.of("places.error.no-rows");
		}
		return rows;
	}

	private static @Nullable AddressRow row(CSVRecord record, long line, Map<Column, Integer> columns, char delimiter,
			List<InvalidAddressFile.Problem> problems) {
		String street = text(record, columns, Column.STREET, 200, line, problems);
		String number = text(record, columns, Column.NUMBER, 20, line, problems);
		String locality = text(record, columns, Column.LOCALITY, 200, line, problems);
		String postcode = value(record, columns.get(Column.POSTCODE));
		if (postcode.isEmpty()) {
			postcode = null;
		}
		else if (!postcode.matches("\\d{5}")) {
			problems.add(new InvalidAddressFile.Problem(line, "places.error.postcode", List.of(postcode)));
		}
		BigDecimal latitude = coordinate(record, columns.get(Column.LATITUDE), NINETY, "places.column.latitude", delimiter, line, problems);
		BigDecimal longitude = coordinate(record, columns.get(Column.LONGITUDE), ONE_EIGHTY, "places.column.longitude", delimiter, line,
				problems);
		String id = columns.containsKey(Column.ID) ? value(record, columns.get(Column.ID)) : "";
		if (id.length() > AddressTable.MAX_ID) {
			problems.add(new InvalidAddressFile.Problem(line, "places.error.id-too-long", List.of(AddressTable.MAX_ID)));
		}
		if (!problems.isEmpty() || street == null || number == null || locality == null || latitude == null || longitude == null) {
			return null;
		}
		if (id.isEmpty()) {
			// derived from the address itself, so that loading a corrected list keeps the ids of unchanged addresses
			String key = AddressKeys.street(street) + "|" + AddressKeys.houseNumber(number) + "|" + (postcode == null ? "" : postcode)
					+ "|" + AddressKeys.locality(locality);
			id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
		}
		return new AddressRow(id, street, number, postcode, locality, latitude, longitude);
	}

	private static Map<Column, Integer> columns(CSVRecord header) {
		Map<Column, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim().toLowerCase(Locale.ROOT);
			for (Column column : Column.values()) {
				if (column.names.contains(name)) {
					columns.putIfAbsent(column, i);
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Column column : Column.values()) {
			if (column.required && !columns.containsKey(column)) {
				missing.add(column.names.get(0));
			}
		}
		if (!missing.isEmpty()) {
			throw InvalidAddressFile.of("places.error.columns", String.join(", ", missing));
		}
		return columns;
	}

	private static @Nullable String text(CSVRecord record, Map<Column, Integer> columns, Column column, int max, long line,
			List<InvalidAddressFile.Problem> problems) {
		String value = value(record, columns.get(column));
		if (value.isEmpty()) {
			problems.add(new InvalidAddressFile.Problem(line, "places.error.missing", List.of(column.names.get(0))));
			return null;
		}
		if (value.length() > max) {
			problems.add(new InvalidAddressFile.Problem(line, "places.error.too-long", List.of(column.names.get(0), max)));
			return null;
		}
		return value;
	}

	private static @Nullable BigDecimal coordinate(CSVRecord record, int index, BigDecimal bound, String name, char delimiter,
			long line, List<InvalidAddressFile.Problem> problems) {
		String value = value(record, index);
		try {
			BigDecimal number = new BigDecimal(delimiter == ';' ? value.replace(',', '.') : value);
			if (number.abs().compareTo(bound) <= 0) {
				return number.setScale(6, RoundingMode.HALF_UP);
			}
		}
		catch (NumberFormatException e) {
			// the same message as a number out of range: it says what is expected
		}
		problems.add(new InvalidAddressFile.Problem(line, "places.error.coordinate", List.of(name, value, bound.negate(), bound)));
		return null;
	}

	private static String value(CSVRecord record, int index) {
		return index < record.size() ? record.get(index).trim() : "";
	}

	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw InvalidAddressFile.of("places.error.encoding");
		}
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}
}
