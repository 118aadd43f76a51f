package de.amtsportal.identity.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Name and contact address of an org unit; the address is optional (contact messages then go to staff only). */
record OrgUnitForm(
		@NotBlank(message = "{admin.error.unit-name}") @Size(max = 200, message = "{admin.error.name-length}") String name,
		@Email(message = "{admin.error.email-format}") @Size(max = 254, message = "{admin.error.email-format}") String contactEmail) {

	static OrgUnitForm empty() {
		return new OrgUnitForm("", "");
	}
}
