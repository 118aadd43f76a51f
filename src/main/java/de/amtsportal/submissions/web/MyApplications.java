package de.amtsportal.submissions.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.Downloads;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.forms.Forms;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.rendering.AnswerSummary;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.submissions.ConfirmationNote;
import de.amtsportal.submissions.SubmittedFile;
import de.amtsportal.submissions.internal.ApplicantAccess;
import de.amtsportal.submissions.internal.Applications;
import de.amtsportal.submissions.internal.Draft;
import de.amtsportal.submissions.internal.Receipts;
import de.amtsportal.submissions.internal.Secrets;
import de.amtsportal.submissions.internal.Submission;
import de.amtsportal.submissions.internal.SubmissionRecords;

/**
 * "My applications" ({@code /antraege}): unfinished ones to resume, sent ones with their status; one
 * application's page with its timeline, answers, files and receipt; the confirmation right after submitting.
 */
@Controller
class MyApplications {

	private final Applications applications;
	private final SubmissionRecords records;
	private final ApplicantAccess access;
	private final Secrets secrets;
	private final Forms forms;
	private final Catalog catalog;
	private final AnswerSummary summary;
	private final DraftFiles files;
	private final Receipts receipts;
	private final Documents documents;
	private final List<ConfirmationNote> notes;

	MyApplications(Applications applications, SubmissionRecords records, ApplicantAccess access, Secrets secrets, Forms forms,
			Catalog catalog, AnswerSummary summary, DraftFiles files, Receipts receipts, Documents documents, List<ConfirmationNote> notes) {
		this.notes = notes;
		this.receipts = receipts;
		this.documents = documents;
		this.applications = applications;
		this.records = records;
		this.access = access;
		this.secrets = secrets;
		this.forms = forms;
		this.catalog = catalog;
		this.summary = summary;
		this.files = files;
	}

	@GetMapping("/antraege")
	String list(Model model, Locale locale) {
		SignedInAccount account = access.account().orElseThrow(NotFound::new);
		List<Draft> drafts = applications.openDrafts(account.id().value());
		model.addAttribute("drafts", drafts);
		model.addAttribute("serviceNames", drafts.stream().map(Draft::serviceSlug).distinct()
			.collect(Collectors.toMap(slug -> slug, slug -> catalog.find(slug).map(s -> s.name(locale)).orElse(slug))));
		List<Submission> sent = records.ofApplicant(account.id().value(), account.institutions());
		model.addAttribute("submissions", sent);
		model.addAttribute("wordings", sent.stream().map(Submission::serviceSlug).distinct()
			.collect(Collectors.toMap(slug -> slug, slug -> catalog.kindOf(slug).wording())));
		return "submissions/antraege";
	}

	@PostMapping("/antraege/entwuerfe/{draftId}/loeschen")
	String discard(@PathVariable UUID draftId) {
		Draft draft = applications.draft(draftId).filter(d -> !d.isSubmitted()).filter(access::mayEdit).orElseThrow(NotFound::new);
		files.discard(draft);
		return "redirect:/antraege?geloescht";
	}

	@GetMapping("/antraege/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Submission submission = readable(id);
		if (submission == null) {
			return "redirect:/antraege/" + id + "/anmelden";
		}
		model.addAttribute("submission", submission);
		model.addAttribute("wording", catalog.kindOf(submission.serviceSlug()).wording());
		model.addAttribute("timeline", records.timeline(id));
		List<SubmittedFile> sent = records.files(id);
		model.addAttribute("files", sent);
		PublishedForm form = forms.released(submission.formVersionId()).orElseThrow(NotFound::new);
		Map<String, String> names = sent.stream().collect(Collectors.toMap(f -> f.documentId().toString(), SubmittedFile::fileName, (a, b) -> a));
		model.addAttribute("sections", summary.of(form.definition(), applications.answers(submission, form.definition()), locale, names));
		return "submissions/antrag";
	}

	/** Signing in to see an application: protected, so the sign-in brings people back to the application. */
	@GetMapping("/antraege/{id}/anmelden")
	String signedIn(@PathVariable UUID id) {
		return "redirect:/antraege/" + id;
	}

	@GetMapping("/antraege/{id}/bestaetigung")
	String confirmation(@PathVariable UUID id, Model model, Locale locale) {
		Submission submission = readable(id);
		if (submission == null) {
			throw new NotFound();
		}
		model.addAttribute("submission", submission);
		model.addAttribute("wording", catalog.kindOf(submission.serviceSlug()).wording());
		model.addAttribute("notes", notes.stream().flatMap(n -> n.note(submission.serviceSlug(), submission.reference(), locale).stream()).toList());
		model.addAttribute("processingTime", catalog.find(submission.serviceSlug()).map(s -> s.processingTime(locale)).orElse(null));
		model.addAttribute("serviceName", catalog.find(submission.serviceSlug()).map(s -> s.name(locale)).orElse(submission.serviceName()));
		return "submissions/bestaetigung";
	}

	@GetMapping("/antraege/{id}/eingangsbestaetigung.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable UUID id, Locale locale) {
		Submission submission = readable(id);
		if (submission == null) {
			throw new NotFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(Receipts.fileName(submission)).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(receipts.render(submission, locale));
	}

	/** A file sent with the application: always a download, only for who may read the application. */
	@GetMapping("/antraege/{id}/dateien/{documentId}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID documentId) {
		Submission submission = readable(id);
		if (submission == null || records.files(id).stream().noneMatch(f -> f.documentId().equals(documentId))) {
			throw new NotFound();
		}
		StoredDocument document = documents.find(documentId).orElseThrow(NotFound::new);
		return Downloads.attachment(document, documents.open(documentId));
	}

	/** The secret link from an anonymous applicant's confirmation mail. */
	@GetMapping("/antraege/zugang/{id}/{token}")
	String grant(@PathVariable UUID id, @PathVariable String token) {
		Submission submission = records.find(id).filter(s -> s.applicantAccount() == null)
			.filter(s -> token.length() < 100 && secrets.isAccessToken(id, token)).orElseThrow(NotFound::new);
		access.grantSubmission(submission.id());
		return "redirect:/antraege/" + id;
	}

	/** The submission if the requester may read it; null if they might after signing in; 404 otherwise. */
	private @Nullable Submission readable(UUID id) {
		Submission submission = records.find(id).orElseThrow(NotFound::new);
		if (access.mayRead(submission)) {
			return submission;
		}
		if (access.account().isEmpty() && submission.applicantAccount() != null) {
			return null;
		}
		throw new NotFound();
	}
}
