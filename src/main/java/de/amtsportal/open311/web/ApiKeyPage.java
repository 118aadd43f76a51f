package de.amtsportal.open311.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.amtsportal.open311.internal.ApiKeyAdministration;
import de.amtsportal.open311.internal.Open311Properties;

/**
 * {@code /amt/admin/open311}: the keys of Open311 clients — a new key is shown once, on the page that answers its
 * creation; a key can be revoked, which takes effect with the next request.
 */
@Controller
class ApiKeyPage {

	private static final String VIEW = "open311/schluessel";

	private final ApiKeyAdministration administration;
	private final Open311Properties properties;

	ApiKeyPage(ApiKeyAdministration administration, Open311Properties properties) {
		this.administration = administration;
		this.properties = properties;
	}

	@GetMapping("/amt/admin/open311")
	String list(Model model) {
		model.addAttribute("key", ApiKeyInput.empty(properties.defaultRequestsPerMinute()));
		return show(model);
	}

	@PostMapping("/amt/admin/open311")
	String create(@Valid @ModelAttribute("key") ApiKeyInput input, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return show(model);
		}
		ApiKeyAdministration.Created created = administration.create(input.name(), Boolean.TRUE.equals(input.trusted()), input.requestsPerMinute());
		model.addAttribute("created", created.key());
		model.addAttribute("secret", created.secret());
		return "open311/schluessel-angelegt";
	}

	@PostMapping("/amt/admin/open311/{id}/widerrufen")
	String revoke(@PathVariable UUID id) {
		administration.revoke(id);
		return "redirect:/amt/admin/open311";
	}

	private String show(Model model) {
		model.addAttribute("keys", administration.all());
		return VIEW;
	}
}
