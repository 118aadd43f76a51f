package de.amtsportal.identity.web;

import org.springframework.validation.BindingResult;

/** The confirmation field must repeat the password; checked here so the error sits at that field. */
final class Passwords {

	private Passwords() {
	}

	static void requireConfirmation(String password, String confirmation, BindingResult errors) {
		if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
			errors.rejectValue("passwordConfirmation", "identity.error.password-mismatch");
		}
	}
}
