package de.amtsportal.open311.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.open311.internal.Open311Properties;
import de.amtsportal.places.Places;
import de.amtsportal.reports.PublicReport;
import de.amtsportal.reports.PublicUpdate;

/**
 * A report as an Open311 service request — only what is public: the description staff released (never the
 * citizen's own text), the latest public reply as status notes, the first released photo. The service_request_id
 * is the report's public reference number.
 */
@Component
class RequestRepresentation {

	private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{5})\\b");

	private final Directory directory;
	private final Places places;
	private final String baseUrl;
	private final ZoneId zone;

	RequestRepresentation(Directory directory, Places places, Open311Properties properties,
			@Value("${amtsportal.base-url}") String baseUrl) {
		this.directory = directory;
		this.places = places;
		this.baseUrl = baseUrl;
		this.zone = properties.zone();
	}

	/** The reports as the items of {@code service_requests}; the responsible units' names are read once. */
	Open311Document document(List<PublicReport> reports) {
		Map<UUID, String> units = reports.isEmpty() ? Map.of()
				: directory.orgUnits().stream().collect(java.util.stream.Collectors.toMap(OrgUnitView::id, OrgUnitView::name, (a, b) -> a));
		return Open311Document.items("service_requests", "request",
				reports.stream().map(report -> request(report, report.responsibleUnit() == null ? null : units.get(report.responsibleUnit()))).toList());
	}

	private Open311Document.Fields request(PublicReport report, @Nullable String agency) {
		return new Open311Document.Fields().put("service_request_id", report.reference())
			.put("status", report.status().name().toLowerCase(java.util.Locale.ROOT))
			.put("status_notes", latestReply(report.updates()))
			.put("service_name", report.categoryName())
			.put("service_code", report.categoryCode())
			.put("description", report.publicDescription())
			.put("agency_responsible", agency)
			.put("service_notice", null)
			.put("requested_datetime", Datetimes.w3c(report.requestedAt(), zone))
			.put("updated_datetime", Datetimes.w3c(report.updatedAt(), zone))
			.put("expected_datetime", null)
			.put("address", report.address())
			.put("address_id", report.address() == null ? null : places.idOf(report.address()).orElse(null))
			.put("zipcode", postcode(report.address()))
			.put("lat", report.position() == null ? null : report.position().lat())
			.put("long", report.position() == null ? null : report.position().lon())
			.put("media_url", mediaUrl(report));
	}

	/** The first released photo, as the public report page serves it; nothing while no photo is released. */
	@Nullable String mediaUrl(PublicReport report) {
		return report.photos().isEmpty() ? null
				: baseUrl + "/meldungen/" + report.reference() + "/fotos/" + report.photos().get(0).id();
	}

	private static @Nullable String latestReply(List<PublicUpdate> updates) {
		return updates.stream().filter(update -> update.text() != null && !update.text().isBlank())
			.max(Comparator.comparing(PublicUpdate::at))
			.map(PublicUpdate::text)
			.orElse(null);
	}

	private static @Nullable String postcode(@Nullable String address) {
		if (address == null) {
			return null;
		}
		Matcher matcher = POSTCODE.matcher(address);
		return matcher.find() ? matcher.group(1) : null;
	}
}
