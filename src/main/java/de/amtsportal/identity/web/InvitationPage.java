package de.amtsportal.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.StaffAdministration;
import de.amtsportal.identity.internal.TokenCheck;
import de.amtsportal.identity.web.PasswordForms.NewPasswordForm;

/** {@code /konto/einladung}: an invited staff member or institution member sets their password. */
@Controller
class InvitationPage {

	private final StaffAdministration staff;

	InvitationPage(StaffAdministration staff) {
		this.staff = staff;
	}

	@GetMapping("/konto/einladung")
	String form(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("check", staff.checkInvitation(token));
		model.addAttribute("form", new NewPasswordForm(token, "", ""));
		return "identity/einladung";
	}

	@PostMapping("/konto/einladung")
	String accept(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model) {
		Passwords.requireConfirmation(form.password(), form.passwordConfirmation(), errors);
		TokenCheck check = staff.checkInvitation(form.token() == null ? "" : form.token());
		model.addAttribute("check", check);
		if (check != TokenCheck.VALID || errors.hasErrors()) {
			return "identity/einladung";
		}
		try {
			staff.acceptInvitation(form.token(), form.password());
			return "redirect:/konto/anmelden?eingerichtet";
		}
		catch (InvalidInput invalid) {
			errors.rejectValue(invalid.field(), invalid.messageKey());
			return "identity/einladung";
		}
	}
}
