package de.amtsportal.identity.web.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "done" message after a change. It travels as a flash attribute across the redirect (post/redirect/get),
 * as a message key and one argument: plain strings, so the session stays serialisable.
 */
final class Confirmations {

	private Confirmations() {
	}

	static void add(RedirectAttributes redirect, String messageKey, String argument) {
		redirect.addFlashAttribute("confirmation", messageKey);
		redirect.addFlashAttribute("confirmationArgument", argument);
	}
}
