package de.amtsportal.feedback.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

import de.amtsportal.feedback.Kpis;
import de.amtsportal.feedback.spi.OpenDataset;

/**
 * The KPIs as open data (OZG service standard): the figures of every service in the public catalogue for the
 * last three years' completed months, as CSV and JSON at stable addresses, described in DCAT-AP.de for the
 * open-data portals that harvest it. Without personal data and without the ratings' comments.
 */
@Controller
class OpenDataPages {

	static final String CSV = "/open-data/kennzahlen.csv";
	static final String JSON = "/open-data/kennzahlen.json";
	static final String DCAT = "/open-data/dcat.rdf";
	private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Kpis kpis;
	private final JsonMapper json;
	private final DcatCatalog dcat;
	private final Clock clock;
	private final List<OpenDataset> datasets;
	private final MessageSource messages;

	OpenDataPages(Kpis kpis, JsonMapper json, Clock clock, List<OpenDataset.Publisher> publishers, MessageSource messages,
			@Value("${amtsportal.base-url}") String baseUrl,
			@Value("${amtsportal.authority-name}") String authority,
			@Value("${amtsportal.open-data.contributor-id:}") @Nullable String contributorId) {
		this.kpis = kpis;
		this.json = json;
		this.clock = clock;
		this.datasets = publishers.stream().flatMap(p -> p.datasets().stream()).toList();
		this.messages = messages;
		this.dcat = new DcatCatalog(baseUrl, authority, contributorId);
	}

	@GetMapping("/open-data")
	String overview(Model model) {
		model.addAttribute("period", period());
		model.addAttribute("columns", OpenDataTable.COLUMNS);
		model.addAttribute("datasets", datasets);
		return "feedback/open-data";
	}

	@GetMapping(CSV)
	ResponseEntity<String> csv() {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader(OpenDataTable.COLUMNS.toArray(String[]::new)).get())) {
			for (Map<String, @Nullable Object> row : rows()) {
				printer.printRecord(row.values());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return download(TEXT_CSV, out.toString(), "kennzahlen.csv");
	}

	@GetMapping(JSON)
	ResponseEntity<String> json() {
		return download(MediaType.APPLICATION_JSON, json.writeValueAsString(rows()), "kennzahlen.json");
	}

	@GetMapping(DCAT)
	ResponseEntity<String> dcat() {
		YearMonth[] period = period();
		return ResponseEntity.ok().contentType(new MediaType("application", "rdf+xml", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(dcat.write(period[0], period[1], LocalDate.now(clock), datasets.stream().map(this::described).toList()));
	}

	private DcatCatalog.Described described(OpenDataset dataset) {
		return new DcatCatalog.Described(dataset, text(dataset.titleKey(), Locale.GERMAN), text(dataset.titleKey(), Locale.ENGLISH),
				text(dataset.descriptionKey(), Locale.GERMAN), text(dataset.descriptionKey(), Locale.ENGLISH),
				dataset.distributions().stream().map(d -> text(d.labelKey(), Locale.GERMAN)).toList());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private List<Map<String, @Nullable Object>> rows() {
		YearMonth[] period = period();
		return kpis.publicFigures(period[0], period[1]).stream().map(OpenDataTable::row).toList();
	}

	/** The last 36 completed months: a month's figures are published once it is over. */
	private YearMonth[] period() {
		YearMonth last = kpis.currentMonth().minusMonths(1);
		return new YearMonth[] { last.minusMonths(Kpis.MAX_MONTHS - 1), last };
	}

	private static ResponseEntity<String> download(MediaType type, String body, String fileName) {
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
			.header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
			.header("Access-Control-Allow-Origin", "*")
			.body(body);
	}
}
