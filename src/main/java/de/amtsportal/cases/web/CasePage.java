package de.amtsportal.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.audit.AuditTrail;
import de.amtsportal.cases.CaseStatus;
import de.amtsportal.cases.internal.Case;
import de.amtsportal.cases.internal.CaseFile;
import de.amtsportal.cases.internal.CaseWork;
import de.amtsportal.cases.internal.Previews;
import de.amtsportal.cases.spi.CaseSection;
import de.amtsportal.cases.web.CaseInputs.DueInput;
import de.amtsportal.cases.web.CaseInputs.HandOverInput;
import de.amtsportal.cases.web.CaseInputs.HoldInput;
import de.amtsportal.cases.web.CaseInputs.MessageInput;
import de.amtsportal.cases.web.CaseInputs.NoteInput;
import de.amtsportal.delivery.Deliveries;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.Downloads;
import de.amtsportal.identity.Directory;
import de.amtsportal.mailbox.ApplicationNotOpen;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageUploads;
import de.amtsportal.submissions.Submissions;

/**
 * {@code /amt/vorgaenge/{id}}: one case — the answers as the applicant saw them, the case file with previews, the
 * history, and the forms for what a caseworker does (claim, assign, hand over, status, due date, notes, messages,
 * legal hold). Every request goes through {@link CaseWork}, which answers only caseworkers of the case's unit.
 */
@Controller
class CasePage {

	private final CaseWork work;
	private final CaseFile caseFile;
	private final Previews previews;
	private final Submissions submissions;
	private final Documents documents;
	private final Directory directory;
	private final Deliveries deliveries;
	private final MessageUploads uploads;
	private final List<CaseSection> sections;
	private final Clock clock;

	CasePage(CaseWork work, CaseFile caseFile, Previews previews, Submissions submissions, Documents documents,
			Directory directory, Deliveries deliveries, MessageUploads uploads, List<CaseSection> sections, Clock clock) {
		this.sections = sections;
		this.deliveries = deliveries;
		this.uploads = uploads;
		this.work = work;
		this.caseFile = caseFile;
		this.previews = previews;
		this.submissions = submissions;
		this.documents = documents;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/amt/vorgaenge/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		show(handled(id), model, locale);
		return "cases/case";
	}

	@PostMapping("/amt/vorgaenge/{id}/uebernehmen")
	String claim(@PathVariable UUID id, RedirectAttributes flash) {
		work.claim(handled(id).id());
		return done(id, "claimed", flash);
	}

	@PostMapping("/amt/vorgaenge/{id}/zuweisen")
	String assign(@PathVariable UUID id, @RequestParam(name = "bearbeitung", required = false) String colleague,
			RedirectAttributes flash) {
		Case c = handled(id);
		UUID account = null;
		if (colleague != null && !colleague.isBlank()) {
			account = work.colleagues(c.id()).stream().map(p -> p.id().value()).filter(a -> a.toString().equals(colleague))
				.findFirst().orElseThrow(NotFound::new);
		}
		work.assign(c.id(), account);
		return done(id, "assigned", flash);
	}

	@PostMapping("/amt/vorgaenge/{id}/status")
	String status(@PathVariable UUID id, @RequestParam("status") String status, RedirectAttributes flash) {
		Case c = handled(id);
		CaseStatus target = c.status().next().stream().filter(s -> s.name().equals(status) && s != CaseStatus.WAITING_FOR_APPLICANT)
			.findFirst().orElse(null);
		if (target == null) {
			flash.addFlashAttribute("problem", "cases.error.status");
			return "redirect:/amt/vorgaenge/" + id;
		}
		work.changeStatus(c.id(), target);
		return done(id, "status", flash);
	}

	@PostMapping("/amt/vorgaenge/{id}/frist")
	String due(@PathVariable UUID id, @ModelAttribute("due") DueInput input, BindingResult errors, Model model, Locale locale,
			RedirectAttributes flash) {
		Case c = handled(id);
		if (!CaseInputs.emptyOrDate(input.date())) {
			errors.rejectValue("date", "cases.due.error");
			return again(c, model, locale);
		}
		work.due(c.id(), CaseInputs.date(input.date()));
		return done(id, "due", flash);
	}

	@PostMapping("/amt/vorgaenge/{id}/notizen")
	String note(@PathVariable UUID id, @ModelAttribute("note") NoteInput input, BindingResult errors, Model model, Locale locale,
			RedirectAttributes flash) {
		Case c = handled(id);
		if (input.value().isBlank()) {
			errors.rejectValue("note", "cases.note.error.empty");
		}
		else if (input.value().length() > 10_000) {
			errors.rejectValue("note", "cases.note.error.length");
		}
		if (errors.hasErrors()) {
			return again(c, model, locale);
		}
		work.note(c.id(), input.value());
		return done(id, "note", flash) + "#akte";
	}

	@PostMapping("/amt/vorgaenge/{id}/nachricht")
	String message(@PathVariable UUID id, @ModelAttribute("message") MessageInput input, BindingResult errors,
			@RequestParam(name = "dateien", required = false) @Nullable List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes flash) {
		Case c = handled(id);
		MessageKind kind = input.messageKind().orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "cases.message.error.kind");
		}
		if (input.textValue().isBlank()) {
			errors.rejectValue("text", "cases.message.error.text");
		}
		else if (input.textValue().length() > Mailbox.MAX_TEXT) {
			errors.rejectValue("text", "cases.message.error.length");
		}
		List<String> requested = input.requestedDocuments();
		if (kind == MessageKind.DOCUMENT_REQUEST && requested.isEmpty()) {
			errors.rejectValue("requested", "cases.message.error.requested-none");
		}
		if (requested.size() > Mailbox.MAX_REQUESTED || requested.stream().anyMatch(r -> r.length() > Mailbox.MAX_REQUESTED_LENGTH)) {
			errors.rejectValue("requested", "cases.message.error.requested");
		}
		LocalDate answerBy = CaseInputs.date(input.answerBy());
		if (!CaseInputs.emptyOrDate(input.answerBy()) || (answerBy != null && !answerBy.isAfter(today()))) {
			errors.rejectValue("answerBy", "cases.message.error.answer-by");
		}
		if (kind != null && kind.expectsAnswer() && !c.status().allows(CaseStatus.WAITING_FOR_APPLICANT)) {
			errors.rejectValue("kind", "cases.message.error.not-open");
		}
		// files are stored (and inspected) only for an otherwise valid message, and removed again if it is not sent
		List<UUID> stored = errors.hasErrors() ? List.of() : uploads.store(files, errors);
		if (errors.hasErrors()) {
			return again(c, model, locale);
		}
		try {
			work.send(c.id(), kind, input.textValue(), kind == MessageKind.DOCUMENT_REQUEST ? requested : List.of(), stored,
					kind.expectsAnswer() ? answerBy : null);
		}
		catch (ApplicationNotOpen finished) {
			uploads.discard(stored);
			errors.rejectValue("kind", "cases.message.error.not-open");
			return again(c, model, locale);
		}
		catch (RuntimeException failed) {
			uploads.discard(stored);
			throw failed;
		}
		return done(id, "message", flash);
	}

	@PostMapping("/amt/vorgaenge/{id}/abgeben")
	String handOver(@PathVariable UUID id, @ModelAttribute("handover") HandOverInput input, BindingResult errors, Model model,
			Locale locale, RedirectAttributes flash) {
		Case c = handled(id);
		UUID unit = directory.orgUnits().stream().map(u -> u.id()).filter(u -> u.toString().equals(input.unit()))
			.filter(u -> !u.equals(c.orgUnit())).findFirst().orElse(null);
		if (unit == null) {
			errors.rejectValue("unit", "cases.handover.error.unit");
		}
		if (input.reasonValue().isBlank() || input.reasonValue().length() > 500) {
			errors.rejectValue("reason", "cases.handover.error.reason");
		}
		if (errors.hasErrors()) {
			return again(c, model, locale);
		}
		work.handOver(c.id(), unit, input.reasonValue());
		flash.addFlashAttribute("done", "handed-over");
		return "redirect:/amt/vorgaenge";
	}

	@PostMapping("/amt/vorgaenge/{id}/sperre")
	String hold(@PathVariable UUID id, @ModelAttribute("hold") HoldInput input, BindingResult errors, Model model, Locale locale,
			RedirectAttributes flash) {
		Case c = handled(id);
		if (input.value().isBlank() || input.value().length() > 500) {
			errors.rejectValue("holdReason", "cases.hold.error.reason");
			return again(c, model, locale);
		}
		if (c.legalHold()) {
			work.lift(c.id(), input.value());
		}
		else {
			work.hold(c.id(), input.value());
		}
		return done(id, c.legalHold() ? "hold-lifted" : "hold-set", flash);
	}

	/** A document of the case file: always a download (see {@link Downloads}). */
	@GetMapping("/amt/vorgaenge/{id}/dokumente/{documentId}")
	ResponseEntity<Resource> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		Case c = handled(id);
		caseFile.document(c, documentId).orElseThrow(NotFound::new);
		return Downloads.attachment(documents.find(documentId).orElseThrow(NotFound::new), documents.open(documentId));
	}

	/** A PNG picture of an image or of a PDF's first page, for the case file; never the document itself. */
	@GetMapping("/amt/vorgaenge/{id}/vorschau/{documentId}")
	ResponseEntity<byte[]> preview(@PathVariable UUID id, @PathVariable UUID documentId) {
		Case c = handled(id);
		CaseFile.Entry entry = caseFile.document(c, documentId).filter(CaseFile.Entry::previewable).orElseThrow(NotFound::new);
		byte[] png = previews.of(documentId, entry.mediaType()).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(png);
	}

	@GetMapping("/amt/vorgaenge/{id}/eingangsbestaetigung.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
		Submissions.ReceiptFile receipt = submissions.receipt(handled(id).submissionId());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(receipt.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(receipt.content());
	}

	@ExceptionHandler(CaseWork.NoSuchCase.class)
	void noSuchCase() {
		throw new NotFound();
	}

	private String again(Case c, Model model, Locale locale) {
		show(c, model, locale);
		return "cases/case";
	}

	private void show(Case c, Model model, Locale locale) {
		model.addAttribute("case", c);
		model.addAttribute("today", today());
		model.addAttribute("answers", submissions.answers(c.submissionId(), locale));
		model.addAttribute("file", caseFile.of(c));
		model.addAttribute("history", work.history(c.id()));
		model.addAttribute("timeline", submissions.timeline(c.submissionId()));
		model.addAttribute("deliveries", deliveries.forSubmission(c.submissionId()));
		model.addAttribute("colleagues", work.colleagues(c.id()));
		model.addAttribute("units", directory.orgUnits().stream().filter(u -> !u.id().equals(c.orgUnit())).toList());
		model.addAttribute("unitName", directory.orgUnit(c.orgUnit()).map(u -> u.name()).orElse(""));
		model.addAttribute("nextStatuses", c.status().next().stream().filter(s -> s != CaseStatus.WAITING_FOR_APPLICANT).toList());
		model.addAttribute("kinds", MessageInput.KINDS);
		model.addAttribute("mayQuery", c.status().allows(CaseStatus.WAITING_FOR_APPLICANT));
		model.addAttribute("sections", sections.stream().flatMap(s -> s.of(c.summary(), locale).stream()).toList());
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", MessageInput.empty());
		}
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", new NoteInput(""));
		}
		if (!model.containsAttribute("handover")) {
			model.addAttribute("handover", new HandOverInput("", ""));
		}
		if (!model.containsAttribute("hold")) {
			model.addAttribute("hold", new HoldInput(""));
		}
		if (!model.containsAttribute("due")) {
			model.addAttribute("due", new DueInput(c.dueDate() == null ? "" : c.dueDate().toString()));
		}
	}

	private String done(UUID id, String what, RedirectAttributes flash) {
		flash.addFlashAttribute("done", what);
		return "redirect:/amt/vorgaenge/" + id;
	}

	private Case handled(UUID id) {
		return work.find(id).orElseThrow(NotFound::new);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), AuditTrail.TIME_ZONE);
	}
}
