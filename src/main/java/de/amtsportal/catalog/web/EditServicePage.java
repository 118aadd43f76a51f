package de.amtsportal.catalog.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.catalog.internal.InvalidService;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceEditing;

/**
 * {@code /amt/leistungen/{id}/bearbeiten}: change a service; a published one shows the change at once. The
 * slug stays as it was created, so links and applications in progress keep working.
 */
@Controller
class EditServicePage {

	private final ServiceEditing editing;
	private final EditorChoices choices;

	EditServicePage(ServiceEditing editing, EditorChoices choices) {
		this.editing = editing;
		this.choices = choices;
	}

	@GetMapping("/amt/leistungen/{id}/bearbeiten")
	String form(@PathVariable UUID id, Model model) {
		Service service = editing.get(id);
		choices.addTo(model);
		model.addAttribute("service", service);
		model.addAttribute("form", ServiceForm.of(service.content(), service.slug()));
		return "catalog/amt-leistung";
	}

	@PostMapping("/amt/leistungen/{id}/bearbeiten")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Service service = editing.get(id);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				editing.revise(id, form.content());
				redirect.addFlashAttribute("notice", "catalog.notice.saved");
				return "redirect:/amt/leistungen/" + id + "/bearbeiten";
			}
			catch (InvalidService invalid) {
				errors.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		ServiceForm.inFieldOrder(errors, model);
		choices.addTo(model);
		model.addAttribute("service", service);
		return "catalog/amt-leistung";
	}
}
