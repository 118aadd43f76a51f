package de.amtsportal.audit.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.amtsportal.audit.AuditTrail;

/**
 * {@code /amt/admin/protokoll}: the audit trail, newest first, filtered by a GET form so that filtered views
 * can be bookmarked and work without JavaScript.
 */
@Controller
class AuditTrailPage {

	static final int PAGE_SIZE = 50;
	private static final String PATH = "/amt/admin/protokoll";

	private final AuditTrail audit;

	AuditTrailPage(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping(PATH)
	String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		if (!filter.validDate(filter.from())) {
			errors.rejectValue("from", "audit.error.date");
		}
		if (!filter.validDate(filter.to())) {
			errors.rejectValue("to", "audit.error.date");
		}
		var query = filter.query();
		if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
			errors.rejectValue("to", "audit.error.range");
		}
		model.addAttribute("actions", audit.actions());
		model.addAttribute("base", base(filter));
		if (errors.hasErrors()) {
			model.addAttribute("entries", Page.empty());
			return "audit/protokoll";
		}
		model.addAttribute("entries",
				audit.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(e -> AuditRow.of(e, locale)));
		return "audit/protokoll";
	}

	@GetMapping(PATH + "/pruefung")
	String verify(Model model, Locale locale) {
		var verification = audit.verify();
		model.addAttribute("verification", verification);
		if (!verification.intact()) {
			// the entry itself is missing when the chain was cut off at its end
			model.addAttribute("broken", audit.entry(verification.firstBrokenSeq()).map(e -> AuditRow.of(e, locale)).orElse(null));
		}
		return "audit/pruefung";
	}

	/** The list's address with the current filters, for the page links. */
	private static String base(AuditFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
		addIfPresent(uri, "action", filter.action());
		addIfPresent(uri, "actor", filter.actor());
		addIfPresent(uri, "from", filter.from());
		addIfPresent(uri, "to", filter.to());
		return uri.encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, String value) {
		if (!value.isEmpty()) {
			uri.queryParam(name, value);
		}
	}
}
