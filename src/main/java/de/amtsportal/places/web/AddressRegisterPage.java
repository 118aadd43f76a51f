package de.amtsportal.places.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.places.Places;
import de.amtsportal.places.internal.InvalidAddressFile;
import de.amtsportal.places.internal.RegisterAdministration;

/**
 * {@code /amt/admin/adressen}: the address register, its size and date, and the upload that replaces it. A file
 * that cannot be used is refused with every problem by line, and the register stays as it was.
 */
@Controller
class AddressRegisterPage {

	private static final String PATH = "/amt/admin/adressen";

	private final RegisterAdministration administration;
	private final Places places;
	private final MessageSource messages;

	AddressRegisterPage(RegisterAdministration administration, Places places, MessageSource messages) {
		this.administration = administration;
		this.places = places;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String show(Model model) {
		return page(List.of(), model);
	}

	@PostMapping(PATH)
	String upload(@RequestParam(name = "datei", required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes flash) throws IOException {
		try {
			var register = administration.load(file == null ? new byte[0] : file.getBytes());
			flash.addFlashAttribute("saved", messages.getMessage("places.register.saved", new Object[] { register.addresses() }, locale));
			return "redirect:" + PATH;
		}
		catch (InvalidAddressFile invalid) {
			return page(describe(invalid, locale), model);
		}
	}

	private String page(List<String> problems, Model model) {
		model.addAttribute("register", places.register().orElse(null));
		model.addAttribute("problems", problems);
		return "places/admin/adressen";
	}

	/** Every problem in the reader's language, with its line; arguments that are message keys translated too. */
	private List<String> describe(InvalidAddressFile invalid, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (InvalidAddressFile.Problem problem : invalid.problems()) {
			Object[] arguments = problem.arguments().stream()
				.map(a -> a instanceof String key && key.startsWith("places.column.") ? messages.getMessage(key, null, locale) : a)
				.toArray();
			String text = messages.getMessage(problem.key(), arguments, locale);
			lines.add(problem.line() == 0 ? text : messages.getMessage("places.error.line", new Object[] { problem.line(), text }, locale));
		}
		if (invalid.more() > 0) {
			lines.add(messages.getMessage("places.error.more", new Object[] { invalid.more() }, locale));
		}
		return lines;
	}
}
