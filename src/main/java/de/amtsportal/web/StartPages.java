package de.amtsportal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of each audience: citizens, the back office, the intranet. */
@Controller
class StartPages {

	@GetMapping("/")
	String citizens() {
		return "web/start";
	}

	@GetMapping("/amt")
	String backOffice() {
		return "web/back-office";
	}

	@GetMapping("/intranet")
	String intranet() {
		return "web/intranet";
	}
}
