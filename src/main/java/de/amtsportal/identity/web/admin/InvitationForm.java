package de.amtsportal.identity.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.amtsportal.access.Role;

/** Who is invited, in which language the invitation is written, and the roles they get. */
record InvitationForm(
		@NotBlank(message = "{admin.error.email}") @Email(message = "{admin.error.email-format}")
		@Size(max = 254, message = "{admin.error.email-format}") String email,
		@NotBlank(message = "{admin.error.given-name}") @Size(max = 100, message = "{admin.error.person-name-length}") String givenName,
		@NotBlank(message = "{admin.error.family-name}") @Size(max = 100, message = "{admin.error.person-name-length}") String familyName,
		@NotBlank(message = "{admin.error.language}") @Pattern(regexp = "de|en", message = "{admin.error.language}") String language,
		Boolean formEditor, Boolean administrator, Boolean operator, List<String> caseworkerUnits, List<String> reviewerUnits,
		List<String> memberGroups) {

	/** An unticked checkbox sends nothing: absent means "no", never a binding error. */
	InvitationForm {
		formEditor = Boolean.TRUE.equals(formEditor);
		administrator = Boolean.TRUE.equals(administrator);
		operator = Boolean.TRUE.equals(operator);
		caseworkerUnits = caseworkerUnits == null ? List.of() : List.copyOf(caseworkerUnits);
		reviewerUnits = reviewerUnits == null ? List.of() : List.copyOf(reviewerUnits);
		memberGroups = memberGroups == null ? List.of() : List.copyOf(memberGroups);
	}

	static InvitationForm empty() {
		return new InvitationForm("", "", "", "de", false, false, false, List.of(), List.of(), List.of());
	}

	RoleSelection selection() {
		return new RoleSelection(formEditor, administrator, operator, caseworkerUnits, reviewerUnits, memberGroups);
	}

	Locale locale() {
		return Locale.forLanguageTag(language);
	}

	/** See {@link RoleSelection#getRoles()}: the property role errors are bound to. */
	public Set<Role> getRoles() {
		return selection().getRoles();
	}
}
