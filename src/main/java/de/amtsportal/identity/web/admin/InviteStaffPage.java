package de.amtsportal.identity.web.admin;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.OrganisationAdministration;
import de.amtsportal.identity.internal.StaffAdministration;

/** {@code /amt/admin/mitarbeitende/neu}: invite a staff or institution member; they get a link to set a password. */
@Controller
class InviteStaffPage {

	private static final String TEMPLATE = "identity/admin/einladen";

	private final StaffAdministration staff;
	private final OrganisationAdministration organisations;

	InviteStaffPage(StaffAdministration staff, OrganisationAdministration organisations) {
		this.staff = staff;
		this.organisations = organisations;
	}

	@GetMapping("/amt/admin/mitarbeitende/neu")
	String form(Model model) {
		model.addAttribute("form", InvitationForm.empty());
		return page(model);
	}

	@PostMapping("/amt/admin/mitarbeitende/neu")
	String invite(@Valid @ModelAttribute("form") InvitationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.getRoles().isEmpty()) {
			// said together with the other mistakes, rather than only after those are fixed
			errors.rejectValue("roles", "identity.admin.error.no-role");
		}
		if (!errors.hasErrors()) {
			try {
				Account account = staff.invite(form.email(), form.givenName(), form.familyName(), form.locale(),
						form.selection().grants());
				Confirmations.add(redirect, "admin.confirm.invited", account.email());
				return "redirect:/amt/admin/mitarbeitende/" + account.id();
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		ErrorOrder.inFieldOrder(errors, model, "email", "givenName", "familyName", "language", "roles");
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("scopes", StaffViews.Scopes.of(organisations.overview()));
		return TEMPLATE;
	}
}
