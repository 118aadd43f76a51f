package de.amtsportal.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The small forms around passwords. */
final class PasswordForms {

	private PasswordForms() {
	}

	record ForgottenForm(@NotBlank(message = "{identity.error.email}") @Email(message = "{identity.error.email-format}")
	@Size(max = 254, message = "{identity.error.email-format}") String email) {
	}

	record NewPasswordForm(String token,
			@NotBlank(message = "{identity.error.password}") @Size(max = 128, message = "{identity.password.TOO_LONG}") String password,
			String passwordConfirmation) {
	}

	record ChangeForm(@NotBlank(message = "{identity.error.current-password}") String currentPassword,
			@NotBlank(message = "{identity.error.password}") @Size(max = 128, message = "{identity.password.TOO_LONG}") String password,
			String passwordConfirmation) {
	}
}
