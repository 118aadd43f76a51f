package de.amtsportal.intranet.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.internal.InternalApplications;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.Library;
import de.amtsportal.intranet.internal.Processes;

/**
 * {@code /amt/intranet/prozesse}: the publisher's process descriptions — describing a process step by step for
 * an audience, and editing it, which publishes a new version and keeps the older ones readable. "Weiterer
 * Schritt" sends the form back with one more empty row, so steps are added without JavaScript.
 */
@Controller
class StaffProcessPages {

	private static final String ADD_STEP = "weiterer-schritt";

	private final Processes processes;
	private final ProcessSteps steps;
	private final Library library;
	private final InternalApplications applications;
	private final Directory directory;
	private final CurrentUser currentUser;

	StaffProcessPages(Processes processes, ProcessSteps steps, Library library, InternalApplications applications,
			Directory directory, CurrentUser currentUser) {
		this.processes = processes;
		this.steps = steps;
		this.library = library;
		this.applications = applications;
		this.directory = directory;
		this.currentUser = currentUser;
	}

	@GetMapping("/amt/intranet/prozesse")
	String list(Model model) {
		model.addAttribute("processes", processes.all());
		return "intranet/amt-prozesse";
	}

	@GetMapping("/amt/intranet/prozesse/neu")
	String create(Model model) {
		return form(ProcessInput.empty(), null, model);
	}

	@PostMapping("/amt/intranet/prozesse/neu")
	String create(@ModelAttribute("process") ProcessInput input, BindingResult errors,
			@RequestParam(name = ADD_STEP, required = false) @Nullable String addStep, Model model) {
		if (addStep != null) {
			return form(input, null, model);
		}
		return input.validate(errors, directory, formSlugs(), documentIds())
			.map(valid -> "redirect:/amt/intranet/prozesse/"
					+ processes.describe(valid.description(), valid.audience(), currentUser.require()))
			.orElseGet(() -> form(input, null, model));
	}

	@GetMapping("/amt/intranet/prozesse/{id}/bearbeiten")
	String edit(@PathVariable UUID id, Model model) {
		Processes.Shown shown = current(id);
		return form(ProcessInput.of(shown.item(), shown.version()), shown.item(), model);
	}

	@PostMapping("/amt/intranet/prozesse/{id}/bearbeiten")
	String edit(@PathVariable UUID id, @ModelAttribute("process") ProcessInput input, BindingResult errors,
			@RequestParam(name = ADD_STEP, required = false) @Nullable String addStep, Model model) {
		Item item = current(id).item();
		if (addStep != null) {
			return form(input, item, model);
		}
		return input.validate(errors, directory, formSlugs(), documentIds()).map(valid -> {
			int version = processes.revise(id, valid.description(), valid.audience(), input.note(), currentUser.require());
			return "redirect:/amt/intranet/prozesse/" + id + "?neue-version=" + version;
		}).orElseGet(() -> form(input, item, model));
	}

	@GetMapping("/amt/intranet/prozesse/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return show(id, Optional.empty(), model, locale);
	}

	@GetMapping("/amt/intranet/prozesse/{id}/versionen/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
		return show(id, Optional.of(number), model, locale);
	}

	private String show(UUID id, Optional<Integer> number, Model model, Locale locale) {
		SignedInAccount me = currentUser.require();
		Processes.Shown shown = processes.find(me, id, number).orElseThrow(NotFound::new);
		model.addAttribute("shown", shown);
		model.addAttribute("steps", steps.of(shown.version(), me, "/amt/intranet/bibliothek/", locale));
		model.addAttribute("base", "/amt/intranet/prozesse/");
		model.addAttribute("audienceNames", directory.institutions().stream()
			.filter(i -> shown.item().audience().institutions().contains(i.id()))
			.map(Directory.InstitutionView::name).sorted().toList());
		return "intranet/amt-prozess";
	}

	private Processes.Shown current(UUID id) {
		return processes.find(currentUser.require(), id, Optional.empty()).orElseThrow(NotFound::new);
	}

	private String form(ProcessInput input, @Nullable Item existing, Model model) {
		model.addAttribute("process", input);
		model.addAttribute("existing", existing);
		model.addAttribute("institutions", directory.institutions());
		model.addAttribute("groups", directory.targetGroups());
		model.addAttribute("forms", applications.available());
		model.addAttribute("documents", library.all());
		return "intranet/amt-prozess-bearbeiten";
	}

	private Set<String> formSlugs() {
		return applications.available().stream().map(PublishedService::slug).collect(Collectors.toSet());
	}

	private Set<String> documentIds() {
		return library.all().stream().map(d -> d.id().toString()).collect(Collectors.toSet());
	}
}
