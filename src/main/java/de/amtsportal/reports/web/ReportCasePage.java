package de.amtsportal.reports.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.reports.ReportHandling;
import de.amtsportal.reports.ReportHandling.HandledReport;

/**
 * The forms of a report's section on its case page post here; each answer leads back to the case page. Every
 * request goes through {@link ReportHandling}, which answers only caseworkers of the report's unit.
 */
@Controller
class ReportCasePage {

	private final ReportHandling handling;

	ReportCasePage(ReportHandling handling) {
		this.handling = handling;
	}

	@PostMapping("/amt/meldungen/{id}/fotos/{photo}/freigeben")
	String release(@PathVariable UUID id, @PathVariable UUID photo, RedirectAttributes flash) {
		HandledReport report = handled(id);
		handling.releasePhoto(id, photo);
		return back(report, "photo-released", flash);
	}

	@PostMapping("/amt/meldungen/{id}/fotos/{photo}/zuruecknehmen")
	String withdraw(@PathVariable UUID id, @PathVariable UUID photo, RedirectAttributes flash) {
		HandledReport report = handled(id);
		handling.withdrawPhoto(id, photo);
		return back(report, "photo-withdrawn", flash);
	}

	@PostMapping("/amt/meldungen/{id}/beschreibung")
	String describe(@PathVariable UUID id, @RequestParam(name = "beschreibung", defaultValue = "") String text, RedirectAttributes flash) {
		HandledReport report = handled(id);
		if (text.length() > ReportHandling.MAX_TEXT) {
			return problem(report, "description-length", text, flash);
		}
		handling.describe(id, text);
		return back(report, "described", flash);
	}

	@PostMapping("/amt/meldungen/{id}/antwort")
	String reply(@PathVariable UUID id, @RequestParam(name = "antwort", defaultValue = "") String text,
			@RequestParam(name = "ergebnis", defaultValue = "") String outcome, RedirectAttributes flash) {
		HandledReport report = handled(id);
		if (text.isBlank() || text.length() > ReportHandling.MAX_TEXT) {
			return problem(report, text.isBlank() ? "reply-empty" : "reply-length", text, flash);
		}
		if (!"erledigt".equals(outcome) && !"abgelehnt".equals(outcome)) {
			return problem(report, "outcome", text, flash);
		}
		try {
			handling.reply(id, text, "abgelehnt".equals(outcome));
		}
		catch (IllegalStateException closed) {
			return problem(report, "closed", text, flash);
		}
		return back(report, "replied", flash);
	}

	@PostMapping("/amt/meldungen/{id}/dublette")
	String merge(@PathVariable UUID id, @RequestParam(name = "ziel", defaultValue = "") String target, Locale locale,
			RedirectAttributes flash) {
		HandledReport report = handled(id);
		boolean offered = handling.mergeCandidates(id, locale).stream().anyMatch(r -> r.reference().equals(target));
		if (!offered) {
			return problem(report, "merge-target", "", flash);
		}
		handling.merge(id, target);
		return back(report, "merged", flash);
	}

	@ExceptionHandler(ReportHandling.NoSuchReport.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String noSuchReport() {
		return "error/404";
	}

	private HandledReport handled(UUID id) {
		return handling.find(id, Locale.GERMAN).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String back(HandledReport report, String what, RedirectAttributes flash) {
		flash.addFlashAttribute("reportDone", what);
		return "redirect:/amt/vorgaenge/" + report.handledIn().id() + "#meldung";
	}

	private static String problem(HandledReport report, String what, String text, RedirectAttributes flash) {
		flash.addFlashAttribute("reportProblem", what);
		flash.addFlashAttribute("reportText", text);
		return "redirect:/amt/vorgaenge/" + report.handledIn().id() + "#meldung";
	}
}
