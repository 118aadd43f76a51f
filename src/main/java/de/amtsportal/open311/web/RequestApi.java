package de.amtsportal.open311.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.amtsportal.open311.internal.Open311Properties;
import de.amtsportal.reports.PublicReport;
import de.amtsportal.reports.PublicStatus;
import de.amtsportal.reports.ReportQuery;
import de.amtsportal.reports.Reports;

/**
 * Reading service requests: {@code requests.{format}} with the standard filters, {@code requests/{id}.{format}}
 * and {@code tokens/{token}.{format}}. Without dates the list covers the last 90 days (configurable); it holds at
 * most 1,000 requests, newest first, as discovery and the API documentation say.
 */
@RestController
class RequestApi {

	private final Open311Answers answers;
	private final Reports reports;
	private final RequestRepresentation representation;
	private final Open311Properties properties;
	private final Clock clock;

	RequestApi(Open311Answers answers, Reports reports, RequestRepresentation representation, Open311Properties properties,
			Clock clock) {
		this.answers = answers;
		this.reports = reports;
		this.representation = representation;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(Open311Answers.BASE + "/requests.{format}")
	ResponseEntity<byte[]> requests(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) @Nullable String ids,
			@RequestParam(name = "service_code", required = false) @Nullable String codes,
			@RequestParam(name = "start_date", required = false) @Nullable String startDate,
			@RequestParam(name = "end_date", required = false) @Nullable String endDate,
			@RequestParam(name = "status", required = false) @Nullable String status, HttpServletRequest request) {
		Locale locale = ErrorAnswers.language(request);
		Open311Answers.format(format);
		List<PublicReport> found;
		if (ids != null && !ids.isBlank()) {
			// the specification: with service_request_id every other parameter is ignored
			found = commaList(ids).stream().limit(properties.maxResults())
				.map(id -> reports.find(id, locale)).flatMap(Optional::stream).toList();
		}
		else {
			Datetimes.Window window = Datetimes.window(startDate, endDate, properties.zone(), properties.defaultWindow(), clock.instant());
			found = reports.search(new ReportQuery(commaList(codes), statuses(status), Set.of(), window.from(),
					endDate == null ? null : window.to(), null,
					properties.maxResults(), 0), locale);
		}
		return answers.ok(format, jurisdiction, () -> representation.document(found));
	}

	@GetMapping(Open311Answers.BASE + "/requests/{id}.{format}")
	ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, HttpServletRequest request) {
		Open311Answers.format(format);
		PublicReport report = reports.find(id, ErrorAnswers.language(request))
			.orElseThrow(() -> Open311Failure.of(HttpStatus.NOT_FOUND, "open311.error.unknown-request", id));
		return answers.ok(format, jurisdiction, () -> representation.document(List.of(report)));
	}

	@GetMapping(Open311Answers.BASE + "/tokens/{token}.{format}")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, HttpServletRequest request) {
		Open311Answers.format(format);
		PublicReport report = reports.reportForToken(token)
			.flatMap(id -> reports.findById(id, ErrorAnswers.language(request)))
			.orElseThrow(() -> Open311Failure.of(HttpStatus.NOT_FOUND, "open311.error.unknown-token", token));
		return answers.ok(format, jurisdiction, () -> Open311Document.items("service_requests", "request",
				List.of(new Open311Document.Fields().put("service_request_id", report.reference()).put("token", token))));
	}

	private static Set<PublicStatus> statuses(@Nullable String status) {
		Set<PublicStatus> statuses = EnumSet.noneOf(PublicStatus.class);
		for (String value : commaList(status)) {
			statuses.add(switch (value.toLowerCase(Locale.ROOT)) {
				case "open" -> PublicStatus.OPEN;
				case "closed" -> PublicStatus.CLOSED;
				default -> throw Open311Failure.of(HttpStatus.BAD_REQUEST, "open311.error.status", value);
			});
		}
		return statuses;
	}

	static Set<String> commaList(@Nullable String value) {
		if (value == null) {
			return Set.of();
		}
		Set<String> values = new LinkedHashSet<>();
		Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(values::add);
		return values;
	}
}
