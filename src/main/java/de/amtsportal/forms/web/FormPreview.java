package de.amtsportal.forms.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormNotFound;
import de.amtsportal.forms.rendering.AnswerSummary;
import de.amtsportal.forms.rendering.FormJourney;
import de.amtsportal.forms.rendering.FormRenderer;

/**
 * {@code /amt/formulare/versionen/{id}/vorschau}: editors and reviewers fill any version exactly as a citizen
 * will — page by page, with the same checks and the "check your answers" page — but nothing is sent; the
 * answers live only in the session.
 */
@Controller
class FormPreview {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final FormManagement management;
	private final FormRenderer renderer;
	private final AnswerSummary summary;
	private final Clock clock;

	FormPreview(FormManagement management, FormRenderer renderer, AnswerSummary summary, Clock clock) {
		this.management = management;
		this.renderer = renderer;
		this.summary = summary;
		this.clock = clock;
	}

	@GetMapping("/amt/formulare/versionen/{versionId}/vorschau")
	String start(@PathVariable UUID versionId, HttpSession session) {
		session.removeAttribute(key(versionId));
		return "redirect:/amt/formulare/versionen/" + versionId + "/vorschau/" + definition(versionId).pages().get(0).id();
	}

	@GetMapping("/amt/formulare/versionen/{versionId}/vorschau/{pageId:[a-z][a-z0-9_-]*}")
	String page(@PathVariable UUID versionId, @PathVariable String pageId, HttpSession session, Model model, Locale locale) {
		FormDefinition definition = definition(versionId);
		FormPage page = definition.page(pageId).orElseThrow(FormNotFound::new);
		return show(versionId, definition, page, answers(session, versionId), List.of(), model, locale);
	}

	@PostMapping("/amt/formulare/versionen/{versionId}/vorschau/{pageId:[a-z][a-z0-9_-]*}")
	String post(@PathVariable UUID versionId, @PathVariable String pageId, HttpServletRequest request, HttpSession session,
			Model model, Locale locale) {
		FormDefinition definition = definition(versionId);
		FormPage page = definition.page(pageId).orElseThrow(FormNotFound::new);
		Map<String, String[]> parameters = request.getParameterMap();
		Answers answers = FormJourney.post(definition, answers(session, versionId), page, parameters);
		session.setAttribute(key(versionId), answers);
		if (FormJourney.isRepetitionAction(parameters)) {
			return show(versionId, definition, page, answers, List.of(), model, locale);
		}
		List<Violation> violations = FormJourney.check(definition, answers, page, today());
		if (!violations.isEmpty()) {
			return show(versionId, definition, page, answers, violations, model, locale);
		}
		String base = "redirect:/amt/formulare/versionen/" + versionId + "/vorschau/";
		return FormJourney.next(definition, answers, pageId).map(next -> base + next.id()).orElse(base + "pruefen");
	}

	@GetMapping("/amt/formulare/versionen/{versionId}/vorschau/pruefen")
	String check(@PathVariable UUID versionId, HttpSession session, Model model, Locale locale) {
		FormDefinition definition = definition(versionId);
		Answers answers = answers(session, versionId);
		var incomplete = FormJourney.firstIncomplete(definition, answers, today());
		if (incomplete.isPresent()) {
			return "redirect:/amt/formulare/versionen/" + versionId + "/vorschau/" + incomplete.get().id();
		}
		model.addAttribute("versionId", versionId);
		model.addAttribute("formTitle", definition.title().in(locale));
		model.addAttribute("sections", summary.of(definition, answers, locale));
		return "forms/vorschau-pruefen";
	}

	private String show(UUID versionId, FormDefinition definition, FormPage page, Answers answers, List<Violation> violations,
			Model model, Locale locale) {
		model.addAttribute("versionId", versionId);
		model.addAttribute("page", renderer.render(definition, page.id(), answers, violations, locale));
		model.addAttribute("previous", FormJourney.previous(definition, answers, page.id()).map(FormPage::id).orElse(null));
		return "forms/vorschau";
	}

	private FormDefinition definition(UUID versionId) {
		return FormDefinitionJson.read(management.version(versionId).definition());
	}

	private static Answers answers(HttpSession session, UUID versionId) {
		return session.getAttribute(key(versionId)) instanceof Answers answers ? answers : Answers.NONE;
	}

	private static String key(UUID versionId) {
		return "forms.preview." + versionId;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BERLIN));
	}
}
