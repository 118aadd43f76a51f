package de.amtsportal.reports.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an uploaded area may be, and which problem an administrator is told about first. */
class AreaFileTests {

	static final String SQUARE = "[[[7.60, 51.95], [7.64, 51.95], [7.64, 51.97], [7.60, 51.97], [7.60, 51.95]]]";

	@Test
	void aMultiPolygonWithAHoleCoversItsInsideAndBorderButNotTheHole() {
		AreaFile area = AreaFile.read(bytes(collection("""
				{"type": "MultiPolygon", "coordinates": [[[[7.60, 51.95], [7.64, 51.95], [7.64, 51.97], [7.60, 51.97], [7.60, 51.95]],
				  [[7.61, 51.955], [7.62, 51.955], [7.62, 51.96], [7.61, 51.96], [7.61, 51.955]]],
				  [[[8.0, 52.0], [8.1, 52.0], [8.1, 52.1], [8.0, 52.0]]]]}""")));
		assertThat(area.polygons()).isEqualTo(2);
		assertThat(area.covers(51.965, 7.63)).isTrue();
		assertThat(area.covers(51.95, 7.62)).as("on the border").isTrue();
		assertThat(area.covers(51.958, 7.615)).as("in the hole").isFalse();
		assertThat(area.covers(52.52, 13.40)).isFalse();
		assertThat(area.bounds().getMaxX()).isEqualTo(8.1);
	}

	@Test
	void eachProblemIsNamedWithItsFeature() {
		assertProblem("", "reports.area.error.empty");
		assertProblem("{\"type\": \"Feature\"}", "reports.area.error.not-collection");
		assertProblem("[1, 2]", "reports.area.error.not-collection");
		assertProblem("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", "
				+ "\"coordinates\": " + SQUARE + "}}, {\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [7.6, 51.9]}}]}",
				"reports.area.error.geometry-type", 2, "Point");
		assertProblem(collection("{\"type\": \"Polygon\", \"coordinates\": [[[7.60, 51.95], [7.64]]]}"), "reports.area.error.coordinates", 1);
		assertProblem(collection("{\"type\": \"Polygon\", \"coordinates\": [[[7.60, 51.95], [7.64, 51.95], [7.64, 51.97], [7.60, 51.95]],"
				+ " [[9.0, 53.0], [9.1, 53.0], [9.1, 53.1], [9.0, 53.0]]]}"), "reports.area.error.invalid", 1,
				"reports.area.problem.holes");
		assertProblem(collection("{\"type\": \"Polygon\", \"coordinates\": " + SQUARE.replace("51.97", "191.97") + "}"),
				"reports.area.error.range", 1);
		assertProblem("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::25832\"}},"
				+ " \"features\": []}", "reports.area.error.crs", "urn:ogc:def:crs:EPSG::25832");
		assertProblem(" ".repeat(AreaFile.MAX_BYTES + 1), "reports.area.error.too-large", 2);
	}

	@Test
	void aStoredAreaReadsBackTheSame() {
		AreaFile area = AreaFile.read(bytes(collection("{\"type\": \"Polygon\", \"coordinates\": " + SQUARE + "}")));
		assertThat(AreaFile.stored(area.json()).geometry().equalsExact(area.geometry())).isTrue();
	}

	private static void assertProblem(String file, String key, Object... arguments) {
		assertThatThrownBy(() -> AreaFile.read(bytes(file))).isInstanceOfSatisfying(InvalidArea.class, invalid -> {
			assertThat(invalid.messageKey()).isEqualTo(key);
			assertThat(invalid.arguments()).startsWith(arguments);
		});
	}

	private static String collection(String geometry) {
		return "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {}, \"geometry\": " + geometry + "}]}";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
