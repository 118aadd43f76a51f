package de.amtsportal.intranet.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.internal.Processes;

/**
 * {@code /intranet/prozesse}: the process descriptions meant for the member, each in its current and older
 * versions and as a print view. Processes not meant for the member answer 404, like missing ones.
 */
@Controller
class MemberProcessPages {

	private final Processes processes;
	private final ProcessSteps steps;
	private final CurrentUser currentUser;

	MemberProcessPages(Processes processes, ProcessSteps steps, CurrentUser currentUser) {
		this.processes = processes;
		this.steps = steps;
		this.currentUser = currentUser;
	}

	@GetMapping("/intranet/prozesse")
	String list(Model model) {
		model.addAttribute("processes", processes.visibleTo(currentUser.require()));
		return "intranet/prozesse";
	}

	@GetMapping("/intranet/prozesse/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return show(id, Optional.empty(), model, locale, "intranet/prozess");
	}

	@GetMapping("/intranet/prozesse/{id}/versionen/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
		return show(id, Optional.of(number), model, locale, "intranet/prozess");
	}

	@GetMapping("/intranet/prozesse/{id}/versionen/{number}/druck")
	String print(@PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
		return show(id, Optional.of(number), model, locale, "intranet/prozess-druck");
	}

	private String show(UUID id, Optional<Integer> number, Model model, Locale locale, String view) {
		SignedInAccount me = currentUser.require();
		Processes.Shown shown = processes.find(me, id, number).orElseThrow(NotFound::new);
		model.addAttribute("shown", shown);
		model.addAttribute("steps", steps.of(shown.version(), me, "/intranet/bibliothek/", locale));
		model.addAttribute("base", "/intranet/prozesse/");
		return view;
	}
}
