package de.amtsportal.intranet.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.intranet.ItemKind;
import de.amtsportal.intranet.internal.NotificationPreferences;
import de.amtsportal.intranet.internal.NotificationPreferences.Mode;

/**
 * {@code /intranet/benachrichtigungen}: the member chooses per category whether mails come at once, as a weekly
 * digest or not at all. One radio group per category; the form names are the categories.
 */
@Controller
class NotificationSettingsPage {

	private final NotificationPreferences preferences;
	private final CurrentUser currentUser;

	NotificationSettingsPage(NotificationPreferences preferences, CurrentUser currentUser) {
		this.preferences = preferences;
		this.currentUser = currentUser;
	}

	@GetMapping("/intranet/benachrichtigungen")
	String show(Model model) {
		return page(preferences.of(currentUser.require().id().value()), false, model);
	}

	@PostMapping("/intranet/benachrichtigungen")
	String choose(@RequestParam Map<String, String> form, Model model) {
		Map<ItemKind, Mode> choices = new EnumMap<>(ItemKind.class);
		for (ItemKind category : ItemKind.values()) {
			Optional<Mode> mode = Arrays.stream(Mode.values()).filter(m -> m.name().equals(form.get(category.name()))).findFirst();
			if (mode.isEmpty()) {
				return page(preferences.of(currentUser.require().id().value()), true, model);
			}
			choices.put(category, mode.get());
		}
		preferences.choose(currentUser.require().id().value(), choices);
		return "redirect:/intranet/benachrichtigungen?gespeichert";
	}

	private String page(Map<ItemKind, Mode> choices, boolean invalid, Model model) {
		model.addAttribute("choices", choices);
		model.addAttribute("modes", Mode.values());
		model.addAttribute("invalid", invalid);
		return "intranet/benachrichtigungen";
	}
}
