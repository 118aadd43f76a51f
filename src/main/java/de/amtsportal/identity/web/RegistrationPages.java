package de.amtsportal.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.internal.InvalidInput;
import de.amtsportal.identity.internal.Registration;
import de.amtsportal.identity.internal.TokenCheck;

/** Self-registration of citizens: form, "check your mail", and the confirmation link. */
@Controller
class RegistrationPages {

	private final Registration registration;

	RegistrationPages(Registration registration) {
		this.registration = registration;
	}

	@GetMapping("/konto/registrieren")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "identity/registrieren";
	}

	@PostMapping("/konto/registrieren")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Locale locale) {
		Passwords.requireConfirmation(form.password(), form.passwordConfirmation(), errors);
		if (!errors.hasErrors()) {
			try {
				registration.register(new Registration.Applicant(form.email(), form.givenName(), form.familyName(),
						form.password(), locale));
				return "redirect:/konto/registrieren/gesendet";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		return "identity/registrieren";
	}

	@GetMapping("/konto/registrieren/gesendet")
	String sent() {
		return "identity/registrieren-gesendet";
	}

	/** Shows a button rather than confirming at once: mail scanners that open links must not use them up. */
	@GetMapping("/konto/bestaetigen")
	String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("check", registration.check(token));
		return "identity/bestaetigen";
	}

	@PostMapping("/konto/bestaetigen")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		TokenCheck check = registration.confirm(token);
		if (check == TokenCheck.VALID) {
			return "redirect:/konto/anmelden?bestaetigt";
		}
		model.addAttribute("token", token);
		model.addAttribute("check", check);
		return "identity/bestaetigen";
	}

	@PostMapping("/konto/bestaetigen/erneut")
	String resend(@RequestParam(defaultValue = "") String email) {
		if (email.length() <= 254 && email.contains("@")) {
			registration.resendConfirmation(email);
		}
		return "redirect:/konto/registrieren/gesendet";
	}
}
