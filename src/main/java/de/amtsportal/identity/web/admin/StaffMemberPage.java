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

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.OrganisationAdministration;
import de.amtsportal.identity.internal.StaffAdministration;

/**
 * {@code /amt/admin/mitarbeitende/{id}}: one person's details, with the forms to change their roles,
 * deactivate or reactivate the account, and send the invitation again while it is still open.
 */
@Controller
class StaffMemberPage {

	private static final String TEMPLATE = "identity/admin/person";

	private final StaffAdministration staff;
	private final OrganisationAdministration organisations;

	StaffMemberPage(StaffAdministration staff, OrganisationAdministration organisations) {
		this.staff = staff;
		this.organisations = organisations;
	}

	@GetMapping("/amt/admin/mitarbeitende/{id}")
	String show(@PathVariable UUID id, Model model) {
		Account account = staff.account(id);
		model.addAttribute("form", RoleSelection.of(account));
		return page(account, model);
	}

	@PostMapping("/amt/admin/mitarbeitende/{id}/rollen")
	String changeRoles(@PathVariable UUID id, @ModelAttribute("form") RoleSelection form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Account account = staff.account(id);
		if (!errors.hasErrors()) {
			try {
				staff.changeRoles(id, form.grants());
				Confirmations.add(redirect, "admin.confirm.roles-changed", account.displayName());
				return "redirect:/amt/admin/mitarbeitende/" + id;
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		return page(account, model);
	}

	@PostMapping("/amt/admin/mitarbeitende/{id}/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusChange change, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Account account = staff.account(id);
		if (!errors.hasErrors()) {
			try {
				staff.setActive(id, change.active());
				Confirmations.add(redirect, change.active() ? "admin.confirm.enabled" : "admin.confirm.disabled",
						account.displayName());
				return "redirect:/amt/admin/mitarbeitende/" + id;
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		model.addAttribute("form", RoleSelection.of(account));
		return page(account, model);
	}

	@PostMapping("/amt/admin/mitarbeitende/{id}/einladung")
	String resendInvitation(@PathVariable UUID id, RedirectAttributes redirect) {
		staff.resendInvitation(id);
		Confirmations.add(redirect, "admin.confirm.invitation-resent", staff.account(id).email());
		return "redirect:/amt/admin/mitarbeitende/" + id;
	}

	private String page(Account account, Model model) {
		StaffViews.Scopes scopes = StaffViews.Scopes.of(organisations.overview());
		model.addAttribute("scopes", scopes);
		model.addAttribute("person", StaffViews.row(account, scopes.names()));
		model.addAttribute("account", account);
		return TEMPLATE;
	}
}
