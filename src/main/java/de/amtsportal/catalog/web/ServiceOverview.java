package de.amtsportal.catalog.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.catalog.internal.ServiceEditing;
import de.amtsportal.identity.OrgUnitView;

/** {@code /amt/leistungen}: every service of the catalogue, published or not, for its editors. */
@Controller
class ServiceOverview {

	private final ServiceEditing editing;

	ServiceOverview(ServiceEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/amt/leistungen")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("services", editing.overview(PageRequest.of(Math.max(page, 0), 25)));
		Map<UUID, String> unitNames = editing.units().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
		model.addAttribute("unitNames", unitNames);
		return "catalog/amt-leistungen";
	}
}
