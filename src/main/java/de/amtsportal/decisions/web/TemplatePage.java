package de.amtsportal.decisions.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.decisions.internal.InvalidTemplate;
import de.amtsportal.decisions.internal.TemplateEditing;

/**
 * {@code /amt/leistungen/{id}/bescheidvorlagen}: the decision template of a published service in German and
 * English, for those who edit the catalogue. Placeholders are checked on saving; the page lists the ones there are.
 */
@Controller
class TemplatePage {

	private final TemplateEditing editing;

	TemplatePage(TemplateEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/amt/leistungen/{id}/bescheidvorlagen")
	String form(@PathVariable UUID id, Model model) {
		PublishedService service = service(id);
		show(service, TemplateForm.of(editing.text(id, "de"), editing.text(id, "en")), model);
		return "decisions/vorlage";
	}

	@PostMapping("/amt/leistungen/{id}/bescheidvorlagen")
	String save(@PathVariable UUID id, @ModelAttribute("template") TemplateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PublishedService service = service(id);
		try {
			editing.save(id, form.german(), form.english());
			redirect.addFlashAttribute("notice", "decisions.template.saved");
			return "redirect:/amt/leistungen/" + id + "/bescheidvorlagen";
		}
		catch (InvalidTemplate invalid) {
			errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments().toArray(), invalid.messageKey());
		}
		show(service, form, model);
		return "decisions/vorlage";
	}

	private void show(PublishedService service, TemplateForm form, Model model) {
		model.addAttribute("service", service);
		model.addAttribute("template", form);
		model.addAttribute("fieldPaths", editing.fieldPaths(service));
	}

	private PublishedService service(UUID id) {
		return editing.service(id).orElseThrow(ServiceNotFound::new);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class ServiceNotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;
	}
}
