package de.amtsportal.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the registration form binds. The password rules themselves live in the password policy. The privacy
 * checkbox is a {@code Boolean}: browsers do not send an unticked checkbox, and a missing primitive would
 * leave no form to show the error on.
 */
record RegistrationForm(
		@NotBlank(message = "{identity.error.given-name}") @Size(max = 100, message = "{identity.error.name-length}") String givenName,
		@NotBlank(message = "{identity.error.family-name}") @Size(max = 100, message = "{identity.error.name-length}") String familyName,
		@NotBlank(message = "{identity.error.email}") @Email(message = "{identity.error.email-format}")
		@Size(max = 254, message = "{identity.error.email-format}") String email,
		@NotBlank(message = "{identity.error.password}") @Size(max = 128, message = "{identity.password.TOO_LONG}") String password,
		String passwordConfirmation,
		@NotNull(message = "{identity.error.privacy}") @AssertTrue(message = "{identity.error.privacy}") Boolean privacyAccepted) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", false);
	}
}
