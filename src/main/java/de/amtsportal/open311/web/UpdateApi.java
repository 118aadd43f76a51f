package de.amtsportal.open311.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.amtsportal.open311.internal.Open311Properties;
import de.amtsportal.reports.PublicUpdate;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.Reports;

/**
 * {@code GET /open311/v2/servicerequestupdates.{format}} (the servicerequestupdates extension as FixMyStreet uses
 * it): the public changes of reports between start_date and end_date, oldest first. The status is the report's
 * phase in the extension's state names; the description is the public reply, if staff wrote one.
 */
@RestController
class UpdateApi {

	private final Open311Answers answers;
	private final Reports reports;
	private final Open311Properties properties;
	private final Clock clock;

	UpdateApi(Open311Answers answers, Reports reports, Open311Properties properties, Clock clock) {
		this.answers = answers;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(Open311Answers.BASE + "/servicerequestupdates.{format}")
	ResponseEntity<byte[]> updates(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
			@RequestParam(name = "start_date", required = false) @Nullable String startDate,
			@RequestParam(name = "end_date", required = false) @Nullable String endDate) {
		Open311Answers.format(format);
		Datetimes.Window window = Datetimes.window(startDate, endDate, properties.zone(), properties.defaultWindow(), clock.instant());
		return answers.ok(format, jurisdiction, () -> Open311Document.items("service_request_updates", "request_update",
				reports.updatesBetween(window.from(), window.to(), properties.maxResults()).stream().map(this::update).toList()));
	}

	private Open311Document.Fields update(PublicUpdate update) {
		return new Open311Document.Fields().put("update_id", update.id().toString())
			.put("service_request_id", update.reportReference())
			.put("status", state(update.phase()))
			.put("updated_datetime", Datetimes.w3c(update.at(), properties.zone()))
			.put("description", update.text() == null ? "" : update.text())
			.put("media_url", null);
	}

	/** FixMyStreet's extended states (it reads them in any case); open and closed are the core specification's. */
	static String state(ReportPhase phase) {
		return switch (phase) {
			case RECEIVED -> "open";
			case IN_PROGRESS -> "in_progress";
			case DONE -> "fixed";
			case DUPLICATE -> "duplicate";
			case REJECTED -> "no_further_action";
		};
	}
}
