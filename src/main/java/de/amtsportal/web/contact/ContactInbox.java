package de.amtsportal.web.contact;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /amt/kontaktanfragen}: contact messages for the staff of the addressed units. */
@Controller
class ContactInbox {

	private final Contact contact;

	ContactInbox(Contact contact) {
		this.contact = contact;
	}

	@GetMapping("/amt/kontaktanfragen")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("messages", contact.inbox(PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("unitNames", contact.unitNames());
		return "web/kontaktanfragen";
	}
}
