package de.amtsportal.delivery.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.delivery.internal.ChannelAdministration;

/**
 * {@code /amt/zustellung/kanaele}: the delivery channels of all services, a form for a new one, and switching
 * channels on and off. A webhook's secret is shown once, on the page that answers its creation.
 */
@Controller
class ChannelPage {

	private static final String VIEW = "delivery/kanaele";

	private final ChannelAdministration administration;

	ChannelPage(ChannelAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/amt/zustellung/kanaele")
	String list(Model model) {
		model.addAttribute("channel", ChannelInput.empty());
		return show(model);
	}

	@PostMapping("/amt/zustellung/kanaele")
	String create(@Valid @ModelAttribute("channel") ChannelInput input, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return show(model);
		}
		ChannelAdministration.Result result = administration.create(input.service(), input.type(), input.name(), input.target());
		if (result instanceof ChannelAdministration.Created created) {
			model.addAttribute("created", created.channel());
			model.addAttribute("secret", created.secret());
			return "delivery/kanal-angelegt";
		}
		ChannelAdministration.Refused refused = (ChannelAdministration.Refused) result;
		if (refused.serviceError() != null) {
			errors.rejectValue("service", refused.serviceError());
		}
		if (refused.typeError() != null) {
			errors.rejectValue("type", refused.typeError());
		}
		if (refused.targetError() != null) {
			errors.rejectValue("target", refused.targetError());
		}
		return show(model);
	}

	@PostMapping("/amt/zustellung/kanaele/{id}/aktiv")
	String enable(@PathVariable UUID id, @RequestParam boolean enabled) {
		administration.enable(id, enabled);
		return "redirect:/amt/zustellung/kanaele";
	}

	private String show(Model model) {
		model.addAttribute("channels", administration.all());
		model.addAttribute("types", administration.types());
		return VIEW;
	}
}
