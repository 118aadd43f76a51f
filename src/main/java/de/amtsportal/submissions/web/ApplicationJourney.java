package de.amtsportal.submissions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.Forms;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.forms.rendering.AnswerSummary;
import de.amtsportal.forms.rendering.FormJourney;
import de.amtsportal.forms.rendering.FormRenderer;
import de.amtsportal.forms.rendering.PositionSearch;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.submissions.CheckPageNote;
import de.amtsportal.submissions.internal.ApplicantAccess;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.Draft;

/**
 * The citizen's way through an application: {@code /antrag/{slug}} explains and starts it, then one page per
 * step at {@code /antrag/{slug}/{draft}/{page}} (saved at every step), "check your answers" and submit. Every
 * request with a draft id checks that the draft is the requester's.
 */
@Controller
class ApplicationJourney {

	private static final String START = "submissions/start";
	private static final String STEP = "submissions/seite";

	private final Catalog catalog;
	private final Forms forms;
	private final Applications applications;
	private final ApplicantAccess access;
	private final FormRenderer renderer;
	private final AnswerSummary summary;
	private final DraftFiles files;
	private final BlankPages blankPages;
	private final List<CheckPageNote> notes;
	private final PositionSearch positions;
	private final Clock clock;

	ApplicationJourney(Catalog catalog, Forms forms, Applications applications, ApplicantAccess access,
			FormRenderer renderer, AnswerSummary summary, DraftFiles files, BlankPages blankPages,
			List<CheckPageNote> notes, PositionSearch positions, Clock clock) {
		this.notes = notes;
		this.positions = positions;
		this.catalog = catalog;
		this.forms = forms;
		this.applications = applications;
		this.access = access;
		this.renderer = renderer;
		this.summary = summary;
		this.files = files;
		this.blankPages = blankPages;
		this.clock = clock;
	}

	@GetMapping("/antrag/{slug}")
	ModelAndView start(@PathVariable String slug, HttpServletRequest request, Model model, Locale locale) throws Exception {
		PublishedService service = service(slug);
		PublishedForm form = currentForm(service);
		BlankPages.Start key = null;
		if (isFirstVisit(request)) {
			key = new BlankPages.Start(service, form.versionId(), locale.getLanguage());
			View stored = blankPages.stored(key, null);
			if (stored != null) {
				return new ModelAndView(stored);
			}
		}
		SignedInAccount account = access.account().orElse(null);
		model.addAttribute("service", service);
		wording(service, model);
		model.addAttribute("serviceName", service.name(locale));
		model.addAttribute("formTitle", form.definition().title().in(locale));
		model.addAttribute("pageCount", form.definition().pages().size());
		model.addAttribute("documents", service.documents(locale));
		model.addAttribute("signInNeeded", account == null && needsAccount(service, form));
		model.addAttribute("noInstitution", account != null && form.audience() == Audience.INSTITUTIONS && account.institutions().isEmpty());
		model.addAttribute("anonymousAllowed", service.signIn() != SignIn.REQUIRED && form.audience() != Audience.INSTITUTIONS);
		model.addAttribute("openDrafts", account == null ? List.of()
				: applications.openDrafts(account.id().value()).stream().filter(d -> d.serviceSlug().equals(slug)).toList());
		return key == null ? new ModelAndView(START) : new ModelAndView(blankPages.storing(key, null, START, locale));
	}

	/** Signing in for an application: this address needs an account, so the sign-in brings people back here. */
	@GetMapping("/antrag/{slug}/anmelden")
	String signedIn(@PathVariable String slug) {
		return "redirect:/antrag/" + service(slug).slug();
	}

	@PostMapping("/antrag/{slug}")
	String begin(@PathVariable String slug, Locale locale) {
		PublishedService service = service(slug);
		PublishedForm form = currentForm(service);
		SignedInAccount account = access.account().orElse(null);
		if (account == null && needsAccount(service, form)) {
			return "redirect:/antrag/" + slug + "/anmelden";
		}
		UUID institution = null;
		if (form.audience() == Audience.INSTITUTIONS) {
			if (account == null || account.institutions().isEmpty()) {
				throw new NotFound();
			}
			institution = account.institutions().iterator().next();
		}
		// where signing in is not offered, the application belongs to this browser session like an anonymous one
		SignedInAccount owner = service.signIn() == SignIn.NOT_OFFERED ? null : account;
		Draft draft = applications.start(service, form, owner, institution, locale);
		if (owner == null) {
			access.grantDraft(draft.id());
		}
		return "redirect:/antrag/" + slug + "/" + draft.id() + "/" + form.definition().pages().get(0).id();
	}

	@GetMapping("/antrag/{slug}/{draftId}/{pageId:[a-z][a-z0-9_-]*}")
	ModelAndView page(@PathVariable String slug, @PathVariable UUID draftId, @PathVariable String pageId,
			HttpServletRequest request, Model model, Locale locale) throws Exception {
		Context context = context(slug, draftId);
		if ("pruefen".equals(pageId)) {
			return new ModelAndView(check(context, model, locale));
		}
		FormPage page = context.definition().page(pageId).orElseThrow(NotFound::new);
		Answers answers = applications.answers(context.draft(), context.definition());
		if (context.draft().isSubmitted() || !isBlank(answers, request)) {
			return new ModelAndView(show(context, page, answers, List.of(), model, locale));
		}
		var key = new BlankPages.Step(slug, context.form().versionId(), pageId, locale.getLanguage());
		View stored = blankPages.stored(key, draftId);
		if (stored != null) {
			return new ModelAndView(stored);
		}
		return new ModelAndView(blankPages.storing(key, draftId, show(context, page, answers, List.of(), model, locale), locale));
	}

	/** Nothing answered yet, nobody signed in, no notice asked for: the page is the same for every applicant. */
	private static boolean isBlank(Answers answers, HttpServletRequest request) {
		return answers.values().isEmpty() && isFirstVisit(request);
	}

	/** Nobody signed in, not even half-way (the start page offers signing in), and no language switch or notice. */
	private static boolean isFirstVisit(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication instanceof AnonymousAuthenticationToken) && request.getQueryString() == null;
	}

	@PostMapping("/antrag/{slug}/{draftId}/{pageId:[a-z][a-z0-9_-]*}")
	String post(@PathVariable String slug, @PathVariable UUID draftId, @PathVariable String pageId, HttpServletRequest request,
			Model model, Locale locale) {
		Context context = context(slug, draftId);
		FormDefinition definition = context.definition();
		FormPage page = definition.page(pageId).orElseThrow(NotFound::new);
		Map<String, String[]> parameters = request.getParameterMap();
		Answers before = applications.answers(context.draft(), definition);
		DraftFiles.Received received = files.receive(context.draft(), page, request);
		Answers posted = DraftFiles.withPositions(FormJourney.post(definition, before, page, parameters), received.positions());
		PositionSearch.Outcome search = positions.resolve(page, posted, parameters, locale);
		Answers answers = applications.save(draftId, definition, search.answers(), pageId);
		model.addAttribute("placeSearch", search.states());
		if (!received.problems().isEmpty()) {
			return show(context, page, answers, received.problems(), model, locale);
		}
		if (FormJourney.isRepetitionAction(parameters) || files.isFileAction(parameters) || PositionSearch.isSearchAction(parameters)) {
			return show(context, page, answers, search.problems(), model, locale);
		}
		List<Violation> violations = new ArrayList<>(search.problems());
		FormJourney.check(definition, answers, page, today()).stream().filter(v -> !search.concerns(v)).forEach(violations::add);
		if (!violations.isEmpty()) {
			return show(context, page, answers, violations, model, locale);
		}
		String base = "redirect:/antrag/" + slug + "/" + draftId + "/";
		return FormJourney.next(definition, answers, pageId).map(next -> base + next.id()).orElse(base + "pruefen");
	}

	@PostMapping("/antrag/{slug}/{draftId}/absenden")
	String submit(@PathVariable String slug, @PathVariable UUID draftId,
			@RequestParam(name = "eingangsbestaetigung", defaultValue = "false") boolean receiptByMail) {
		PublishedService service = service(slug);
		try {
			// the draft's checks (service, access, form version) and the submit in one transaction, under the draft's lock
			Applications.Submitted submitted = applications.submit(draftId, service, access::mayEdit, forms::released, receiptByMail, today())
				.orElseThrow(NotFound::new);
			if (submitted.anonymousNow()) {
				access.grantSubmission(submitted.id());
			}
			return confirmation(submitted.id());
		}
		catch (Applications.Incomplete e) {
			return "redirect:/antrag/" + slug + "/" + draftId + "/pruefen";
		}
	}

	private String check(Context context, Model model, Locale locale) {
		if (context.draft().isSubmitted()) {
			return confirmation(context.draft().submissionId());
		}
		FormDefinition definition = context.definition();
		Answers answers = applications.answers(context.draft(), definition);
		var incomplete = FormJourney.firstIncomplete(definition, answers, today());
		if (incomplete.isPresent()) {
			return "redirect:/antrag/" + context.service().slug() + "/" + context.draft().id() + "/" + incomplete.get().id();
		}
		model.addAttribute("context", context);
		wording(context.service(), model);
		model.addAttribute("serviceName", context.service().name(locale));
		model.addAttribute("formTitle", definition.title().in(locale));
		model.addAttribute("sections", summary.of(definition, answers, locale, files.names(context.draft())));
		model.addAttribute("notes", notes.stream().flatMap(n -> n.note(context.service(), answers, locale).stream()).toList());
		return "submissions/pruefen";
	}

	private String show(Context context, FormPage page, Answers answers, List<Violation> violations, Model model, Locale locale) {
		if (context.draft().isSubmitted()) {
			return confirmation(context.draft().submissionId());
		}
		model.addAttribute("context", context);
		if (!model.containsAttribute("placeSearch")) {
			model.addAttribute("placeSearch", positions.idle(page));
		}
		model.addAttribute("page", renderer.render(context.definition(), page.id(), answers, violations, locale));
		model.addAttribute("uploads", files.hasUploads(page) ? files.names(context.draft()) : Map.of());
		model.addAttribute("multipart", files.hasUploads(page));
		model.addAttribute("previous", FormJourney.previous(context.definition(), answers, page.id()).map(FormPage::id).orElse(null));
		return STEP;
	}

	/**
	 * The one place where the journey's words follow the service's kind: a report's pages speak of a "Meldung"
	 * (the {@code .report} variant of the message keys) and lead back to the choice of what to report, an
	 * application's to the service's description.
	 */
	private static void wording(PublishedService service, Model model) {
		model.addAttribute("wording", service.kind().wording());
		model.addAttribute("back", service.kind() == ServiceKind.REPORT ? "/meldungen/neu" : "/leistungen/" + service.slug());
	}

	private static String confirmation(@Nullable UUID submissionId) {
		return "redirect:/antraege/" + submissionId + "/bestaetigung";
	}

	private Context context(String slug, UUID draftId) {
		Draft draft = applications.draft(draftId).filter(d -> d.serviceSlug().equals(slug)).filter(access::mayEdit)
			.orElseThrow(NotFound::new);
		PublishedService service = service(slug);
		PublishedForm form = forms.released(draft.formVersionId()).orElseThrow(NotFound::new);
		return new Context(service, form, draft);
	}

	private PublishedService service(String slug) {
		return catalog.find(slug).filter(s -> s.formId() != null).orElseThrow(NotFound::new);
	}

	private PublishedForm currentForm(PublishedService service) {
		return forms.current(service.formId()).orElseThrow(NotFound::new);
	}

	private static boolean needsAccount(PublishedService service, PublishedForm form) {
		return service.signIn() == SignIn.REQUIRED || form.audience() == Audience.INSTITUTIONS;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(de.amtsportal.submissions.internal.Applications.BERLIN));
	}

	/** What every draft page needs: the service, the exact form version of the draft, and the draft. */
	record Context(PublishedService service, PublishedForm form, Draft draft) {

		FormDefinition definition() {
			return form.definition();
		}
	}
}
