package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Values;
import de.amtsportal.submissions.spi.UnitRouting;

/**
 * Routes a report to the unit whose area contains its position, among the units that handle its category
 * there; outside every area (or without a position) the category's own unit keeps it. Where areas overlap the
 * smallest wins: a district's area inside the city's is the more specific one.
 */
@Component
class AreaRouting implements UnitRouting {

	private final ReportAreas areas;

	AreaRouting(ReportAreas areas) {
		this.areas = areas;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> route(Routed submission) {
		return position(submission).flatMap(p -> unitAt(submission.serviceSlug(), p[0], p[1]));
	}

	/** The unit whose area for the category contains the position. */
	@Transactional(readOnly = true)
	public Optional<UUID> unitAt(String category, BigDecimal lat, BigDecimal lon) {
		return areas.around(category, lat, lon).stream()
			.filter(a -> AreaFile.stored(a.geojson()).covers(lat.doubleValue(), lon.doubleValue()))
			.map(ReportArea::orgUnit)
			.findFirst();
	}

	/** The first position the form asks for (a report form has one), as latitude and longitude. */
	private static Optional<BigDecimal[]> position(Routed submission) {
		for (FormPage page : submission.definition().pages()) {
			for (Field field : page.fields()) {
				if (field.type() == FieldType.POSITION && submission.answers().values().get(field.id()) instanceof Map<?, ?> value) {
					BigDecimal lat = value.get("lat") instanceof String text ? Values.number(text) : null;
					BigDecimal lon = value.get("lon") instanceof String text ? Values.number(text) : null;
					return lat == null || lon == null ? Optional.empty() : Optional.of(new BigDecimal[] { lat, lon });
				}
			}
		}
		return Optional.empty();
	}
}
