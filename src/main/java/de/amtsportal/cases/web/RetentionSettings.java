package de.amtsportal.cases.web;

import java.time.Period;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.access.Permissions;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.cases.internal.CaseErasure;
import de.amtsportal.cases.internal.RetentionPeriods;

/** {@code /amt/admin/aufbewahrung}: the retention period of each service, and the latest deletion records. */
@Controller
@PreAuthorize("hasAuthority('" + Permissions.CASES_RETENTION + "')")
class RetentionSettings {

	private final RetentionPeriods periods;
	private final CaseErasure erasure;
	private final Catalog catalog;

	RetentionSettings(RetentionPeriods periods, CaseErasure erasure, Catalog catalog) {
		this.periods = periods;
		this.erasure = erasure;
		this.catalog = catalog;
	}

	/** A service with the months its closed cases are kept. */
	record Row(UUID id, String name, long months) {
	}

	@GetMapping("/amt/admin/aufbewahrung")
	String show(Model model, Locale locale) {
		Map<UUID, Period> settings = periods.settings();
		model.addAttribute("rows", catalog.published().stream()
			.sorted(Comparator.comparing(s -> s.name(locale)))
			.map(s -> new Row(s.id(), s.name(locale), settings.getOrDefault(s.id(), periods.defaultPeriod()).toTotalMonths()))
			.toList());
		model.addAttribute("defaultMonths", periods.defaultPeriod().toTotalMonths());
		model.addAttribute("deletions", erasure.recent(20));
		return "cases/retention";
	}

	@PostMapping("/amt/admin/aufbewahrung")
	String save(@RequestParam("service") UUID service, @RequestParam(name = "months", required = false) String months,
			RedirectAttributes flash) {
		PublishedService published = catalog.published().stream().filter(s -> s.id().equals(service)).findFirst()
			.orElseThrow(NotFound::new);
		int value;
		try {
			value = Integer.parseInt(months == null ? "" : months.strip());
		}
		catch (NumberFormatException notANumber) {
			value = -1;
		}
		if (value < 1 || value > RetentionPeriods.MAX_MONTHS) {
			flash.addFlashAttribute("problem", service);
			return "redirect:/amt/admin/aufbewahrung#s-" + service;
		}
		periods.set(service, published.nameDe(), value);
		flash.addFlashAttribute("saved", service);
		return "redirect:/amt/admin/aufbewahrung#s-" + service;
	}
}
