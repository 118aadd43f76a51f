package de.amtsportal.web.contact;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /kontakt}: the public contact form; {@code ?thema=barrierefreiheit} is the BITV feedback mechanism. */
@Controller
class ContactPage {

	private final Contact contact;
	private final MessageSource texts;

	ContactPage(Contact contact, MessageSource texts) {
		this.contact = contact;
		this.texts = texts;
	}

	@GetMapping("/kontakt")
	String form(@RequestParam(name = "thema", required = false) String topic, Model model, Locale locale) {
		String subject = "barrierefreiheit".equals(topic) ? texts.getMessage("contact.subject.accessibility", null, locale) : "";
		model.addAttribute("form", ContactForm.empty(subject));
		model.addAttribute("units", contact.units());
		return "web/kontakt";
	}

	@PostMapping("/kontakt")
	String send(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.website() != null && !form.website().isEmpty()) {
			return "redirect:/kontakt/gesendet"; // a bot filled the invisible field: pretend success, store nothing
		}
		if (!errors.hasErrors() && !form.unit()
			.map(unit -> contact.send(new Contact.Enquiry(unit, form.name(), form.email(), form.subject(), form.message()), locale))
			.orElse(false)) {
			errors.rejectValue("orgUnitId", "contact.error.unit");
		}
		if (errors.hasErrors()) {
			model.addAttribute("units", contact.units());
			return "web/kontakt";
		}
		return "redirect:/kontakt/gesendet";
	}

	@GetMapping("/kontakt/gesendet")
	String sent() {
		return "web/kontakt-gesendet";
	}
}
