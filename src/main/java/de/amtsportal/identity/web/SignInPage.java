package de.amtsportal.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.internal.IdentityProperties;
import de.amtsportal.identity.internal.SignInCompletion;

/** {@code /konto/anmelden}: the sign-in form (Spring Security processes the post). */
@Controller
class SignInPage {

	private final IdentityProperties properties;
	private final SignInCompletion completion;

	SignInPage(IdentityProperties properties, SignInCompletion completion) {
		this.properties = properties;
		this.completion = completion;
	}

	@GetMapping("/konto/anmelden")
	String signIn(@RequestParam(name = "fehler", required = false) String error, Model model) {
		if (error != null && error.matches("credentials|throttled|unconfirmed|disabled|oidc|oidc-unverified|oidc-linked|oidc-email")) {
			model.addAttribute("error", error);
			model.addAttribute("providerName", properties.oidc().displayName());
		}
		String registration = properties.oidc().registrationId();
		if (!registration.isBlank()) {
			model.addAttribute("oidcUrl", "/oauth2/authorization/" + registration);
			model.addAttribute("oidcName", properties.oidc().displayName());
		}
		model.addAttribute("demoMaySkip", completion.demoMaySkipSecondFactor());
		return "identity/anmelden";
	}

	@GetMapping("/konto/abgemeldet")
	String signedOut() {
		return "identity/abgemeldet";
	}
}
