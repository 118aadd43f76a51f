package de.amtsportal.reports.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.forms.Forms;
import de.amtsportal.forms.PublishedForm;

/**
 * The report categories: published REPORT services whose released form is a report form (position and photos).
 * Other REPORT services are notifications (Anzeigen) and never appear on the public map.
 */
@Component
public class ReportCategories {

	/** A category with the form new reports of it use. */
	public record Category(PublishedService service, PublishedForm form) {

		public ReportForm reportForm() {
			return new ReportForm(form.definition());
		}
	}

	private final Catalog catalog;
	private final Forms forms;

	ReportCategories(Catalog catalog, Forms forms) {
		this.catalog = catalog;
		this.forms = forms;
	}

	public List<Category> all() {
		return catalog.published().stream().map(this::category).flatMap(Optional::stream).toList();
	}

	public Optional<Category> find(String code) {
		return catalog.find(code).flatMap(this::category);
	}

	private Optional<Category> category(PublishedService service) {
		if (service.kind() != ServiceKind.REPORT || service.formId() == null) {
			return Optional.empty();
		}
		return forms.current(service.formId()).filter(form -> new ReportForm(form.definition()).isReportForm())
			.map(form -> new Category(service, form));
	}
}
