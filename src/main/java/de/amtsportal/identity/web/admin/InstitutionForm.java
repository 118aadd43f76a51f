package de.amtsportal.identity.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of an institution, for adding or renaming it. */
record InstitutionForm(
		@NotBlank(message = "{admin.error.institution-name}") @Size(max = 200, message = "{admin.error.name-length}") String name) {
}
