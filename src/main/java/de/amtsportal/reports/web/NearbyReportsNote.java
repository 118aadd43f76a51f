package de.amtsportal.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.reports.PublicReport;
import de.amtsportal.reports.ReportPosition;
import de.amtsportal.reports.Reports;
import de.amtsportal.reports.internal.ReportCategories;
import de.amtsportal.submissions.CheckPageNote;

/**
 * On the check page of a report: the open reports of the same category near the given position — "is it one of
 * these?" — each with a way to get news about it instead of filing the same thing again.
 */
@Component
class NearbyReportsNote implements CheckPageNote {

	static final int SHOWN = 5;

	private final ReportCategories categories;
	private final Reports reports;
	private final int radiusMetres;

	NearbyReportsNote(ReportCategories categories, Reports reports, @Value("${amtsportal.reports.nearby-radius-metres:150}") int radiusMetres) {
		this.categories = categories;
		this.reports = reports;
		this.radiusMetres = radiusMetres;
	}

	@Override
	public Optional<Note> note(PublishedService service, Answers answers, Locale locale) {
		return categories.find(service.slug()).flatMap(category -> {
			ReportPosition position = category.reportForm().position(answers);
			if (position == null) {
				return Optional.empty();
			}
			List<PublicReport> nearby = reports.nearbyOpen(service.slug(), position, radiusMetres, SHOWN, locale);
			return nearby.isEmpty() ? Optional.empty()
					: Optional.of(new Note("reports/hinweis", Map.of("reports", nearby, "radius", radiusMetres)));
		});
	}
}
