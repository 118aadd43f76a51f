package de.amtsportal.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import de.amtsportal.audit.AuditTrail;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.cases.internal.CaseInbox;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.SignedInAccount;

/** {@code /amt/vorgaenge}: the cases of the caseworker's units, filtered, sorted, a page at a time. */
@Controller
class CaseInboxPage {

	private final CaseInbox inbox;
	private final Catalog catalog;
	private final CurrentUser currentUser;
	private final Clock clock;

	CaseInboxPage(CaseInbox inbox, Catalog catalog, CurrentUser currentUser, Clock clock) {
		this.inbox = inbox;
		this.catalog = catalog;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/amt/vorgaenge")
	String inbox(@ModelAttribute("filter") InboxFilter filter, Model model, Locale locale, HttpServletRequest request) {
		SignedInAccount me = currentUser.require();
		Set<java.util.UUID> units = me.caseworkerUnits();
		CaseInbox.Page page = inbox.page(filter.query(units, me.id().value()));
		model.addAttribute("page", page);
		// by name: SpEL cannot index a map by an enum constant
		model.addAttribute("counts", inbox.counts(units).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), java.util.Map.Entry::getValue)));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("services", catalog.published().stream()
			.sorted(Comparator.comparing(s -> s.name(locale))).toList());
		model.addAttribute("today", LocalDate.ofInstant(clock.instant(), AuditTrail.TIME_ZONE));
		// the page links keep every filter and change only the page
		String query = UriComponentsBuilder.newInstance().query(request.getQueryString()).replaceQueryParam("seite").build().getQuery();
		model.addAttribute("pageLink", "/amt/vorgaenge?" + (query == null || query.isEmpty() ? "" : query + "&") + "seite=");
		return "cases/inbox";
	}
}
