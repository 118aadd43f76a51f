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
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.OrganisationAdministration;

/** Adding and renaming an institution (for example a vocational school). */
@Controller
class InstitutionPages {

	private static final String TEMPLATE = "identity/admin/einrichtung";
	private static final String NEW = "/amt/admin/organisationen/einrichtungen/neu";

	private final OrganisationAdministration administration;

	InstitutionPages(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping(NEW)
	String addForm(Model model) {
		// asking the service first keeps the empty form behind the same permission check as the change
		administration.overview();
		model.addAttribute("form", new InstitutionForm(""));
		return addPage(model);
	}

	@PostMapping(NEW)
	String add(@Valid @ModelAttribute("form") InstitutionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Organisation institution = administration.addInstitution(form.name());
				Confirmations.add(redirect, "admin.confirm.institution-added", institution.name());
				return "redirect:/amt/admin/organisationen";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		return addPage(model);
	}

	@GetMapping("/amt/admin/organisationen/einrichtungen/{id}")
	String renameForm(@PathVariable UUID id, Model model) {
		Organisation institution = administration.institution(id);
		model.addAttribute("form", new InstitutionForm(institution.name()));
		return renamePage(institution, model);
	}

	@PostMapping("/amt/admin/organisationen/einrichtungen/{id}")
	String rename(@PathVariable UUID id, @Valid @ModelAttribute("form") InstitutionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Organisation institution = administration.institution(id);
		if (!errors.hasErrors()) {
			try {
				administration.renameInstitution(id, form.name());
				Confirmations.add(redirect, "admin.confirm.institution-renamed", form.name().strip());
				return "redirect:/amt/admin/organisationen";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		return renamePage(institution, model);
	}

	private static String addPage(Model model) {
		model.addAttribute("action", NEW);
		model.addAttribute("editing", false);
		return TEMPLATE;
	}

	private static String renamePage(Organisation institution, Model model) {
		model.addAttribute("action", "/amt/admin/organisationen/einrichtungen/" + institution.id());
		model.addAttribute("editing", true);
		model.addAttribute("institutionName", institution.name());
		return TEMPLATE;
	}
}
