package de.amtsportal.catalog.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.amtsportal.catalog.internal.PublishedServices;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceNotFound;
import de.amtsportal.forms.Forms;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;

/**
 * {@code /leistungen/{slug}}: everything a citizen needs to know before applying, the service's own privacy
 * notice, and the start of the online application once its form has a released version.
 */
@Controller
class ServicePage {

	private final PublishedServices services;
	private final Directory directory;
	private final Forms forms;

	ServicePage(PublishedServices services, Directory directory, Forms forms) {
		this.services = services;
		this.directory = directory;
		this.forms = forms;
	}

	@GetMapping("/leistungen/{slug}")
	String show(@PathVariable String slug, Model model, Locale locale) {
		Service service = services.bySlug(slug).orElseThrow(ServiceNotFound::new);
		String unit = directory.orgUnit(service.responsibleUnitId()).map(OrgUnitView::name).orElse("");
		// only a released form version can be filled in; a form still in review must not show the start link
		boolean online = service.formId() != null && forms.current(service.formId()).isPresent();
		model.addAttribute("service", ServiceView.of(service, unit, online, locale));
		return "catalog/leistung";
	}
}
