package de.amtsportal.delivery.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.audit.AuditTrail;
import de.amtsportal.delivery.internal.DeliveryOperations;
import de.amtsportal.delivery.internal.DeliveryRecords;

/**
 * {@code /amt/zustellung}: deliveries that are not through yet — waiting for their next attempt, or failed
 * and waiting for an operator — with the last error, the attempts and "try again" for failed ones.
 */
@Controller
class OperatorPage {

	static final int PAGE_SIZE = 50;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss");

	private final DeliveryOperations operations;

	OperatorPage(DeliveryOperations operations) {
		this.operations = operations;
	}

	/** One line of the list, ready to show. */
	record Line(UUID id, String reference, String channelName, String channelType, String state, int attempts,
			@Nullable String lastError, String nextAttempt, boolean failed) {

		static Line of(DeliveryRecords.Row row) {
			var d = row.delivery();
			return new Line(d.id(), d.reference(), row.channel().name(), row.channel().type(), d.state().name(), d.attempts(),
					d.lastError(), time(d.nextAttemptAt()), d.state() == de.amtsportal.delivery.DeliveryState.FAILED);
		}
	}

	@GetMapping("/amt/zustellung")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("deliveries", operations.open(PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(Line::of));
		return "delivery/zustellung";
	}

	@PostMapping("/amt/zustellung/{id}/erneut")
	String retry(@PathVariable UUID id) {
		return operations.retry(id) ? "redirect:/amt/zustellung?erneut" : "redirect:/amt/zustellung?unveraendert";
	}

	static String time(Instant instant) {
		return WHEN.format(instant.atZone(AuditTrail.TIME_ZONE));
	}
}
