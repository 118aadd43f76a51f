package de.amtsportal.identity.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /amt/admin}: the entry to the administration sections. The template shows only the sections the
 * signed-in person holds the permission for; the sections' services check it again.
 */
@Controller
class AdminOverviewPage {

	@GetMapping("/amt/admin")
	String overview() {
		return "identity/admin/uebersicht";
	}
}
