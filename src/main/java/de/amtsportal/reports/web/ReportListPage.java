package de.amtsportal.reports.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import de.amtsportal.reports.BoundingBox;
import de.amtsportal.reports.ReportCategory;
import de.amtsportal.reports.ReportHandling;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.Reports;

/**
 * {@code /amt/meldungen}: the reports of the caseworker's units as a list, open ones unless a phase is chosen,
 * filtered by category; each leads to its case. The list is the page; a map may enhance it, never replace it.
 */
@Controller
class ReportListPage {

	static final int LIMIT = 200;

	private final ReportHandling handling;
	private final Reports reports;

	ReportListPage(ReportHandling handling, Reports reports) {
		this.handling = handling;
		this.reports = reports;
	}

	@GetMapping("/amt/meldungen")
	String list(@RequestParam(name = "kategorie", required = false) String category,
			@RequestParam(name = "stand", required = false) String phase, @RequestParam(name = "bereich", defaultValue = "") String area,
			Model model, Locale locale) {
		var categories = reports.categories(locale);
		String chosenCategory = categories.stream().map(ReportCategory::code).filter(c -> c.equals(category)).findFirst().orElse(null);
		ReportPhase chosenPhase = EnumSet.allOf(ReportPhase.class).stream().filter(p -> p.name().equals(phase)).findFirst().orElse(null);
		Set<ReportPhase> phases = chosenPhase == null ? EnumSet.of(ReportPhase.RECEIVED, ReportPhase.IN_PROGRESS) : EnumSet.of(chosenPhase);
		BoundingBox box = area.isEmpty() ? null : PublicReportPages.box(area);
		var listed = handling.ofMyUnits(phases, chosenCategory, box, LIMIT);
		model.addAttribute("reports", listed);
		model.addAttribute("limited", listed.size() == LIMIT);
		model.addAttribute("categories", categories);
		model.addAttribute("phases", ReportPhase.values());
		model.addAttribute("category", chosenCategory);
		model.addAttribute("phase", chosenPhase);
		model.addAttribute("area", box);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/amt/meldungen").queryParamIfPresent("kategorie", Optional.ofNullable(chosenCategory))
			.queryParamIfPresent("stand", Optional.ofNullable(chosenPhase)).build().encode().toUriString());
		model.addAttribute("names", categories.stream().collect(java.util.stream.Collectors.toMap(ReportCategory::code, ReportCategory::name)));
		return "reports/amt-liste";
	}

	/** From the list to the report's case (a report knows its case only once the case changed). */
	@GetMapping("/amt/meldungen/{id}")
	String open(@PathVariable UUID id) {
		return "redirect:/amt/vorgaenge/" + handling.caseOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).id();
	}
}
