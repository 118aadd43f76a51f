package de.amtsportal.web.contact;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the contact form binds, and nothing else. {@code website} is a honeypot that people never see. The
 * unit is bound as text: an id that is no UUID is a wrong choice like any other, not a failed form.
 */
record ContactForm(@NotBlank(message = "{contact.error.unit}") String orgUnitId,
		@NotBlank(message = "{contact.error.name}") @Size(max = 200, message = "{contact.error.name-length}") String name,
		@NotBlank(message = "{contact.error.email}") @Email(message = "{contact.error.email-format}") @Size(max = 254,
				message = "{contact.error.email-format}") String email,
		@NotBlank(message = "{contact.error.subject}") @Size(max = 200, message = "{contact.error.subject-length}") String subject,
		@NotBlank(message = "{contact.error.message}") @Size(max = 5000, message = "{contact.error.message-length}") String message,
		String website) {

	static ContactForm empty(String subject) {
		return new ContactForm("", "", "", subject, "", "");
	}

	/** The chosen unit's id, if the choice is one at all. */
	Optional<UUID> unit() {
		try {
			return Optional.of(UUID.fromString(orgUnitId.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
