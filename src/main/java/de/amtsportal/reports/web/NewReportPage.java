package de.amtsportal.reports.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.amtsportal.reports.Reports;

/**
 * {@code /meldungen/neu}: choose what to report. Each category is a link to its form in the normal application
 * journey (position, photos, description, optional e-mail), so reports get drafts, uploads and checks like any
 * application.
 */
@Controller
class NewReportPage {

	private final Reports reports;

	NewReportPage(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/meldungen/neu")
	String categories(Model model, Locale locale) {
		model.addAttribute("categories", reports.categories(locale));
		return "reports/neu";
	}
}
