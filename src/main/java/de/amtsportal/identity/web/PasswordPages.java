package de.amtsportal.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.PasswordReset;
import de.amtsportal.identity.internal.TokenCheck;
import de.amtsportal.identity.web.PasswordForms.ChangeForm;
import de.amtsportal.identity.web.PasswordForms.ForgottenForm;
import de.amtsportal.identity.web.PasswordForms.NewPasswordForm;

/** Forgotten password (request a link, set a new one) and changing the password while signed in. */
@Controller
class PasswordPages {

	private final PasswordReset reset;
	private final CurrentUser currentUser;

	PasswordPages(PasswordReset reset, CurrentUser currentUser) {
		this.reset = reset;
		this.currentUser = currentUser;
	}

	@GetMapping("/konto/passwort-vergessen")
	String forgotten(Model model) {
		model.addAttribute("form", new ForgottenForm(""));
		return "identity/passwort-vergessen";
	}

	@PostMapping("/konto/passwort-vergessen")
	String requestLink(@Valid @ModelAttribute("form") ForgottenForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "identity/passwort-vergessen";
		}
		reset.requestReset(form.email());
		return "redirect:/konto/passwort-vergessen/gesendet";
	}

	@GetMapping("/konto/passwort-vergessen/gesendet")
	String linkSent() {
		return "identity/passwort-vergessen-gesendet";
	}

	@GetMapping("/konto/passwort-neu")
	String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("check", reset.check(token));
		model.addAttribute("form", new NewPasswordForm(token, "", ""));
		return "identity/passwort-neu";
	}

	@PostMapping("/konto/passwort-neu")
	String setNewPassword(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model) {
		Passwords.requireConfirmation(form.password(), form.passwordConfirmation(), errors);
		TokenCheck check = reset.check(form.token() == null ? "" : form.token());
		model.addAttribute("check", check);
		if (check != TokenCheck.VALID || errors.hasErrors()) {
			return "identity/passwort-neu";
		}
		try {
			reset.reset(form.token(), form.password());
			return "redirect:/konto/anmelden?passwort-geaendert";
		}
		catch (InvalidInput invalid) {
			errors.rejectValue(invalid.field(), invalid.messageKey());
			return "identity/passwort-neu";
		}
	}

	@GetMapping("/konto/passwort-aendern")
	String changeForm(Model model) {
		model.addAttribute("form", new ChangeForm("", "", ""));
		return "identity/passwort-aendern";
	}

	@PostMapping("/konto/passwort-aendern")
	String change(@Valid @ModelAttribute("form") ChangeForm form, BindingResult errors) {
		Passwords.requireConfirmation(form.password(), form.passwordConfirmation(), errors);
		if (!errors.hasErrors()) {
			try {
				reset.change(currentUser.require().id().value(), form.currentPassword(), form.password());
				return "redirect:/konto?passwort-geaendert";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		return "identity/passwort-aendern";
	}
}
