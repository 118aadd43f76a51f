package de.amtsportal.identity.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.amtsportal.identity.internal.OrganisationAdministration;

/** {@code /amt/admin/organisationen}: the authority's org units and the institutions it oversees. */
@Controller
class OrganisationsPage {

	private final OrganisationAdministration administration;

	OrganisationsPage(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/amt/admin/organisationen")
	String list(Model model) {
		model.addAttribute("overview", administration.overview());
		return "identity/admin/organisationen";
	}
}
