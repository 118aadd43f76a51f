package de.amtsportal.reports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

import de.amtsportal.feedback.spi.OpenDataset;
import de.amtsportal.reports.PublicReport;
import de.amtsportal.reports.ReportQuery;
import de.amtsportal.reports.Reports;

/**
 * Every report as open data, as GeoJSON (for maps) and CSV: what the public report page shows — category,
 * position, address, phase, dates, the description staff released, released photos — and nothing else, so no
 * reporter, no citizen's own text and no unreleased photo. Listed on {@code /open-data} and in its catalogue.
 */
@Controller
class ReportOpenData implements OpenDataset.Publisher {

	static final String GEOJSON = "/open-data/meldungen.geojson";
	static final String CSV = "/open-data/meldungen.csv";
	private static final int PAGE = 500;
	private static final List<String> COLUMNS = List.of("kennung", "kategorie", "kategorie_name", "status", "phase",
			"gemeldet_am", "aktualisiert_am", "breite", "laenge", "adresse", "beschreibung", "zusammengefuehrt_mit", "fotos",
			"seite");

	private final Reports reports;
	private final JsonMapper json;
	private final String baseUrl;
	private final Clock clock;

	ReportOpenData(Reports reports, JsonMapper json, Clock clock, @Value("${amtsportal.base-url}") String baseUrl) {
		this.reports = reports;
		this.clock = clock;
		this.json = json;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Override
	public List<OpenDataset> datasets() {
		return List.of(new OpenDataset("meldungen", "reports.opendata.title", "reports.opendata.description", "TRAN", "CONTINUOUS",
				List.of(new OpenDataset.Distribution(GEOJSON, "GEOJSON", "application/geo+json", "reports.opendata.geojson"),
						new OpenDataset.Distribution(CSV, "CSV", "text/csv", "reports.opendata.csv"))));
	}

	@GetMapping(GEOJSON)
	void geoJson(HttpServletResponse response) throws IOException {
		Writer writer = download(response, "application/geo+json", "meldungen.geojson");
		writer.write("{\"type\":\"FeatureCollection\",\"features\":[");
		boolean[] first = { true };
		everyReport(report -> {
			Map<String, @Nullable Object> properties = record(report);
			properties.remove("breite");
			properties.remove("laenge");
			Map<String, @Nullable Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", report.reference());
			feature.put("geometry", report.position() == null ? null
					: Map.of("type", "Point", "coordinates", List.of(report.position().lon(), report.position().lat())));
			feature.put("properties", properties);
			write(writer, (first[0] ? "" : ",") + json.writeValueAsString(feature));
			first[0] = false;
		});
		writer.write("]}");
		writer.flush();
	}

	@GetMapping(CSV)
	void csv(HttpServletResponse response) throws IOException {
		CSVPrinter printer = new CSVPrinter(download(response, "text/csv", "meldungen.csv"),
				CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
		everyReport(report -> {
			Map<String, @Nullable Object> row = record(report);
			row.put("fotos", String.join(" ", photos(report)));
			try {
				printer.printRecord(row.values());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		printer.flush();
	}

	/** One report in the dataset's columns; German names, as the KPI dataset's, stable for everyone who reads them. */
	private Map<String, @Nullable Object> record(PublicReport report) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		row.put("kennung", report.reference());
		row.put("kategorie", report.categoryCode());
		row.put("kategorie_name", report.categoryName());
		row.put("status", report.status().name().toLowerCase(Locale.ROOT));
		row.put("phase", report.phase().name().toLowerCase(Locale.ROOT));
		row.put("gemeldet_am", report.requestedAt().toString());
		row.put("aktualisiert_am", report.updatedAt().toString());
		row.put("breite", report.position() == null ? null : report.position().lat());
		row.put("laenge", report.position() == null ? null : report.position().lon());
		row.put("adresse", report.address());
		row.put("beschreibung", report.publicDescription());
		row.put("zusammengefuehrt_mit", report.mergedIntoReference());
		row.put("fotos", photos(report));
		row.put("seite", baseUrl + "/meldungen/" + report.reference());
		return row;
	}

	private List<String> photos(PublicReport report) {
		return report.photos().stream().map(p -> baseUrl + "/meldungen/" + report.reference() + "/fotos/" + p.id()).toList();
	}

	/**
	 * Page after page, newest first, of the reports made before the download began, so new ones shift no page; each
	 * page continues after the last report of the one before (keyset), so the last page costs what the first does.
	 */
	private void everyReport(Consumer<PublicReport> each) {
		ReportQuery query = new ReportQuery(Set.of(), Set.of(), Set.of(), null, clock.instant(), null, PAGE, 0);
		while (true) {
			List<PublicReport> page = reports.search(query, Locale.GERMAN);
			page.forEach(each);
			if (page.size() < PAGE) {
				return;
			}
			query = query.after(page.get(page.size() - 1));
		}
	}

	private static void write(Writer writer, String text) {
		try {
			writer.write(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Written straight to the response, page by page, so a large dataset is never held in memory at once. */
	private static Writer download(HttpServletResponse response, String mediaType, String fileName) throws IOException {
		response.setContentType(mediaType + ";charset=UTF-8");
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
		response.setHeader("Access-Control-Allow-Origin", "*");
		return response.getWriter();
	}
}
