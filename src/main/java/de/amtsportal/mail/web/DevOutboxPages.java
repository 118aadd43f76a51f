package de.amtsportal.mail.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.amtsportal.mail.internal.DevOutbox;
import de.amtsportal.mail.internal.OutgoingMail;

/**
 * {@code /amt/admin/postausgang}: the mails of the demo run, so a visitor can open an invitation link without
 * a mail server. Absent outside the demo profile: there the URL does not exist at all.
 */
@Controller
@Profile("demo & !prod")
class DevOutboxPages {

	static final int PAGE_SIZE = 50;
	/** The authority's local time, as on every other back-office page. */
	private static final ZoneId TIME_ZONE = ZoneId.of("Europe/Berlin");

	private final DevOutbox outbox;

	DevOutboxPages(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/amt/admin/postausgang")
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("mails", outbox.mails(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("time", timeFormat(locale));
		return "mail/postausgang";
	}

	@GetMapping("/amt/admin/postausgang/{id}")
	String mail(@PathVariable UUID id, Model model, Locale locale) {
		OutgoingMail mail = outbox.mail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", mail);
		model.addAttribute("segments", MailText.segments(mail.body()));
		model.addAttribute("time", timeFormat(locale));
		return "mail/nachricht";
	}

	private static DateTimeFormatter timeFormat(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(TIME_ZONE);
	}
}
