package de.amtsportal.identity.web.admin;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.OrganisationAdministration;

/** Adding an org unit and changing its name or contact address. Both share one form template. */
@Controller
class OrgUnitPages {

	private static final String TEMPLATE = "identity/admin/fachbereich";
	private static final String NEW = "/amt/admin/organisationen/fachbereiche/neu";

	private final OrganisationAdministration administration;

	OrgUnitPages(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping(NEW)
	String addForm(Model model) {
		// asking the service first keeps the empty form behind the same permission check as the change
		administration.overview();
		model.addAttribute("form", OrgUnitForm.empty());
		return addPage(model);
	}

	@PostMapping(NEW)
	String add(@Valid @ModelAttribute("form") OrgUnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				OrgUnit unit = administration.addUnit(form.name(), form.contactEmail());
				Confirmations.add(redirect, "admin.confirm.unit-added", unit.name());
				return "redirect:/amt/admin/organisationen";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		ErrorOrder.inFieldOrder(errors, model, "name", "contactEmail");
		return addPage(model);
	}

	@GetMapping("/amt/admin/organisationen/fachbereiche/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		OrgUnit unit = administration.unit(id);
		model.addAttribute("form", new OrgUnitForm(unit.name(), unit.contactEmail() == null ? "" : unit.contactEmail()));
		return editPage(unit, model);
	}

	@PostMapping("/amt/admin/organisationen/fachbereiche/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") OrgUnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		OrgUnit unit = administration.unit(id);
		if (!errors.hasErrors()) {
			try {
				administration.updateUnit(id, form.name(), form.contactEmail());
				Confirmations.add(redirect, "admin.confirm.unit-updated", form.name().strip());
				return "redirect:/amt/admin/organisationen";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		ErrorOrder.inFieldOrder(errors, model, "name", "contactEmail");
		return editPage(unit, model);
	}

	private static String addPage(Model model) {
		model.addAttribute("action", NEW);
		model.addAttribute("editing", false);
		return TEMPLATE;
	}

	private static String editPage(OrgUnit unit, Model model) {
		model.addAttribute("action", "/amt/admin/organisationen/fachbereiche/" + unit.id());
		model.addAttribute("editing", true);
		model.addAttribute("unitName", unit.name());
		return TEMPLATE;
	}
}
