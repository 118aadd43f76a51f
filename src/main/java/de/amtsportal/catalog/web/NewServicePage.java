package de.amtsportal.catalog.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.catalog.internal.InvalidService;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceEditing;

/** {@code /amt/leistungen/neu}: a new service, saved as a draft that the public does not see yet. */
@Controller
class NewServicePage {

	private final ServiceEditing editing;
	private final EditorChoices choices;

	NewServicePage(ServiceEditing editing, EditorChoices choices) {
		this.editing = editing;
		this.choices = choices;
	}

	@GetMapping("/amt/leistungen/neu")
	String form(Model model) {
		choices.addTo(model);
		model.addAttribute("form", ServiceForm.empty());
		return "catalog/amt-leistung";
	}

	@PostMapping("/amt/leistungen/neu")
	String create(@Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.checkSlug(errors);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				Service service = editing.create(form.slugValue(), form.content());
				redirect.addFlashAttribute("notice", "catalog.notice.created");
				return "redirect:/amt/leistungen/" + service.id() + "/bearbeiten";
			}
			catch (InvalidService invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		ServiceForm.inFieldOrder(errors, model);
		choices.addTo(model);
		return "catalog/amt-leistung";
	}
}
