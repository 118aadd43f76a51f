package de.amtsportal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Impressum, privacy statement, accessibility statement and the licences of what the portal ships. */
@Controller
class LegalPages {

	@GetMapping("/impressum")
	String imprint() {
		return "web/impressum";
	}

	@GetMapping("/datenschutz")
	String privacy() {
		return "web/datenschutz";
	}

	@GetMapping("/barrierefreiheit")
	String accessibility() {
		return "web/barrierefreiheit";
	}

	@GetMapping("/lizenzen")
	String licences() {
		return "web/lizenzen";
	}
}
