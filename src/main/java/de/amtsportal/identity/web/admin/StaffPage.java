package de.amtsportal.identity.web.admin;

import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.internal.OrganisationAdministration;
import de.amtsportal.identity.internal.StaffAdministration;

/** {@code /amt/admin/mitarbeitende}: everyone holding a role other than citizen, by family name. */
@Controller
class StaffPage {

	static final int PAGE_SIZE = 25;

	private final StaffAdministration staff;
	private final OrganisationAdministration organisations;

	StaffPage(StaffAdministration staff, OrganisationAdministration organisations) {
		this.staff = staff;
		this.organisations = organisations;
	}

	@GetMapping("/amt/admin/mitarbeitende")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Map<UUID, String> names = StaffViews.Scopes.of(organisations.overview()).names();
		model.addAttribute("staff",
				staff.staff(PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(account -> StaffViews.row(account, names)));
		return "identity/admin/mitarbeitende";
	}
}
