package de.amtsportal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of each audience: citizens, the back office (the intranet's is the intranet module's). */
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
}
