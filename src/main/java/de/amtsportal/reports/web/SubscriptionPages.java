package de.amtsportal.reports.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.amtsportal.reports.PublicReport;
import de.amtsportal.reports.Reports;
import de.amtsportal.reports.internal.ReportSubscriptions;

/**
 * News about a report instead of filing it again: {@code /meldungen/{reference}/abonnieren} asks for an e-mail
 * address, the mail's link leads to {@code /meldungen/abo/{token}} where the subscription is confirmed, and every
 * status mail links to {@code /meldungen/abo/{token}/abbestellen}. Links only show a button: confirming and
 * unsubscribing are posts, so a mail scanner that opens links changes nothing.
 */
@Controller
class SubscriptionPages {

	record SubscriptionInput(@NotBlank(message = "{reports.subscribe.error.email}") @Email(message = "{reports.subscribe.error.email}")
			@Size(max = 254, message = "{reports.subscribe.error.email}") String email) {
	}

	private final Reports reports;
	private final ReportSubscriptions subscriptions;

	SubscriptionPages(Reports reports, ReportSubscriptions subscriptions) {
		this.reports = reports;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/meldungen/{reference}/abonnieren")
	String form(@PathVariable String reference, Model model, Locale locale) {
		model.addAttribute("report", report(reference, locale));
		model.addAttribute("form", new SubscriptionInput(""));
		return "reports/abonnieren";
	}

	@PostMapping("/meldungen/{reference}/abonnieren")
	String subscribe(@PathVariable String reference, @Valid @ModelAttribute("form") SubscriptionInput form, BindingResult errors,
			Model model, Locale locale) {
		PublicReport report = report(reference, locale);
		if (errors.hasErrors()) {
			model.addAttribute("report", report);
			return "reports/abonnieren";
		}
		subscriptions.subscribe(report.reference(), form.email(), locale);
		model.addAttribute("report", report);
		return "reports/abonniert";
	}

	@GetMapping("/meldungen/abo/{token}")
	String confirmation(@PathVariable String token, Model model) {
		model.addAttribute("subscription", subscriptions.find(token).orElseThrow(NotFound::new));
		model.addAttribute("token", token);
		return "reports/abo";
	}

	@PostMapping("/meldungen/abo/{token}")
	String confirm(@PathVariable String token, Model model) {
		var subscription = subscriptions.find(token).orElseThrow(NotFound::new);
		subscriptions.confirm(token);
		model.addAttribute("reference", subscription.reference());
		return "reports/abo-bestaetigt";
	}

	@GetMapping("/meldungen/abo/{token}/abbestellen")
	String unsubscribeForm(@PathVariable String token, Model model) {
		model.addAttribute("subscription", subscriptions.find(token).orElseThrow(NotFound::new));
		model.addAttribute("token", token);
		return "reports/abbestellen";
	}

	@PostMapping("/meldungen/abo/{token}/abbestellen")
	String unsubscribe(@PathVariable String token, Model model) {
		var subscription = subscriptions.find(token).orElseThrow(NotFound::new);
		subscriptions.unsubscribe(token);
		model.addAttribute("reference", subscription.reference());
		return "reports/abbestellt";
	}

	private PublicReport report(String reference, Locale locale) {
		return reports.find(reference, locale).orElseThrow(NotFound::new);
	}
}
