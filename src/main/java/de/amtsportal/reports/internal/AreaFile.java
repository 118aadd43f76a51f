package de.amtsportal.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded area (Meldegebiet) as GeoJSON: a FeatureCollection of Polygons and MultiPolygons in WGS84
 * longitude/latitude (RFC 7946). Everything is checked before anything is stored, and each problem names the
 * feature and, where it helps, the coordinate — an administrator has to find the error in a file from a GIS.
 * Coordinates outside the WGS84 ranges almost always mean a projected file (UTM, Gauß-Krüger), which would
 * otherwise route no report at all.
 */
public final class AreaFile {

	/** A municipality's districts at a GIS's usual precision fit well below this. */
	public static final int MAX_BYTES = 2_000_000;
	static final int MAX_VERTICES = 100_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Set<String> POLYGONAL = Set.of("Polygon", "MultiPolygon");
	private static final Set<String> WGS84 = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
			"urn:ogc:def:crs:EPSG::4326", "EPSG:4326");
	private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

	private final List<Polygon> polygons;
	private final Geometry geometry;
	private final String json;

	private AreaFile(List<Polygon> polygons, String json) {
		this.polygons = List.copyOf(polygons);
		this.geometry = GEOMETRIES.createMultiPolygon(polygons.toArray(Polygon[]::new));
		this.json = json;
	}

	/**
	 * Reads and checks an upload.
	 *
	 * @throws InvalidArea with the first problem found
	 */
	public static AreaFile read(byte[] content) {
		if (content.length == 0) {
			throw new InvalidArea("reports.area.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidArea("reports.area.error.too-large", MAX_BYTES / 1_000_000);
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException notJson) {
			var at = notJson.getLocation();
			throw new InvalidArea("reports.area.error.not-json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
			throw new InvalidArea("reports.area.error.not-collection");
		}
		checkCrs(root.path("crs"));
		JsonNode features = root.path("features");
		if (!features.isArray() || features.isEmpty()) {
			throw new InvalidArea("reports.area.error.no-features");
		}
		List<Polygon> polygons = new ArrayList<>();
		int vertices = 0;
		int number = 0;
		for (JsonNode feature : features) {
			number++;
			Geometry polygon = polygon(feature, number);
			vertices += polygon.getNumPoints();
			if (vertices > MAX_VERTICES) {
				throw new InvalidArea("reports.area.error.too-complex", MAX_VERTICES);
			}
			// a MultiPolygon counts as its parts: each is tested on its own (parts of different features may overlap)
			for (int i = 0; i < polygon.getNumGeometries(); i++) {
				polygons.add((Polygon) polygon.getGeometryN(i));
			}
		}
		return new AreaFile(polygons, JSON.writeValueAsString(root));
	}

	/** The area as read again from what {@link #json()} stored. */
	public static AreaFile stored(String json) {
		return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** All polygons of the area as one MultiPolygon (for its bounds and for comparing). */
	public Geometry geometry() {
		return geometry;
	}

	/** The upload as stored: the same document, without insignificant whitespace. */
	public String json() {
		return json;
	}

	public int polygons() {
		return polygons.size();
	}

	public Envelope bounds() {
		return geometry.getEnvelopeInternal();
	}

	/** Whether the position lies in the area (its border counts as inside). */
	public boolean covers(double lat, double lon) {
		var point = GEOMETRIES.createPoint(new Coordinate(lon, lat));
		return polygons.stream().anyMatch(polygon -> polygon.covers(point));
	}

	private static void checkCrs(JsonNode crs) {
		if (crs.isMissingNode() || crs.isNull()) {
			return;
		}
		String name = crs.path("properties").path("name").asString("");
		if (!WGS84.contains(name)) {
			throw new InvalidArea("reports.area.error.crs", name.isEmpty() ? "?" : name);
		}
	}

	private static Geometry polygon(JsonNode feature, int number) {
		if (!"Feature".equals(feature.path("type").asString(""))) {
			throw new InvalidArea("reports.area.error.not-feature", number);
		}
		JsonNode node = feature.path("geometry");
		String type = node.path("type").asString("");
		if (!POLYGONAL.contains(type)) {
			throw new InvalidArea("reports.area.error.geometry-type", number, type.isEmpty() ? "–" : type);
		}
		Geometry geometry;
		try {
			geometry = new GeoJsonReader(GEOMETRIES).read(JSON.writeValueAsString(node));
		}
		catch (ParseException | RuntimeException malformed) {
			throw new InvalidArea("reports.area.error.coordinates", number);
		}
		if (geometry.isEmpty()) {
			throw new InvalidArea("reports.area.error.coordinates", number);
		}
		for (Coordinate c : geometry.getCoordinates()) {
			if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
				throw new InvalidArea("reports.area.error.range", number, String.valueOf(c.x), String.valueOf(c.y));
			}
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			throw new InvalidArea("reports.area.error.invalid", number, problem(error), at == null ? "–" : String.valueOf(at.x),
					at == null ? "–" : String.valueOf(at.y));
		}
		return geometry;
	}

	/** The validation problem in the administrator's words (the message is looked up by the page). */
	private static String problem(TopologyValidationError error) {
		return switch (error.getErrorType()) {
			case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "reports.area.problem.self-intersection";
			case TopologyValidationError.RING_NOT_CLOSED -> "reports.area.problem.not-closed";
			case TopologyValidationError.TOO_FEW_POINTS -> "reports.area.problem.too-few-points";
			case TopologyValidationError.HOLE_OUTSIDE_SHELL, TopologyValidationError.NESTED_HOLES,
					TopologyValidationError.DISCONNECTED_INTERIOR -> "reports.area.problem.holes";
			case TopologyValidationError.NESTED_SHELLS, TopologyValidationError.DUPLICATE_RINGS -> "reports.area.problem.overlap";
			default -> "reports.area.problem.other";
		};
	}
}
