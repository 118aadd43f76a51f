package de.amtsportal.submissions.internal;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.documents.pdf.PdfRenderer;
import de.amtsportal.forms.Forms;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.rendering.AnswerSummary;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.submissions.SubmittedFile;

/**
 * The confirmation of receipt as a PDF/A document: every answer as on the check page and the list of files.
 * Rendered when asked for (download, or the mail the applicant chose), never on the submit path.
 */
@Component
public class Receipts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

	private final PdfRenderer pdf;
	private final Forms forms;
	private final Catalog catalog;
	private final Directory directory;
	private final AnswerSummary summary;
	private final AnswersJson json;
	private final SubmissionRecords records;
	private final String authorityName;

	Receipts(PdfRenderer pdf, Forms forms, Catalog catalog, Directory directory, AnswerSummary summary, AnswersJson json,
			SubmissionRecords records, @Value("${amtsportal.authority-name}") String authorityName) {
		this.pdf = pdf;
		this.forms = forms;
		this.catalog = catalog;
		this.directory = directory;
		this.summary = summary;
		this.json = json;
		this.records = records;
		this.authorityName = authorityName;
	}

	/** One attached file as the receipt lists it. */
	public record Listed(String name, String mediaType, String sizeText) {
	}

	public static String fileName(Submission submission) {
		return "Eingangsbestaetigung-" + submission.reference() + ".pdf";
	}

	@Transactional(readOnly = true)
	public byte[] render(Submission submission, Locale locale) {
		PublishedForm form = forms.released(submission.formVersionId()).orElseThrow();
		List<SubmittedFile> files = records.files(submission.id());
		Map<String, String> names = files.stream()
			.collect(Collectors.toMap(f -> f.documentId().toString(), SubmittedFile::fileName, (a, b) -> a));
		Map<String, Object> variables = new HashMap<>();
		variables.put("reference", submission.reference());
		variables.put("wording", catalog.kindOf(submission.serviceSlug()).wording());
		variables.put("serviceName", catalog.find(submission.serviceSlug()).map(s -> s.name(locale)).orElse(submission.serviceName()));
		variables.put("authorityName", authorityName);
		variables.put("unitName", directory.orgUnit(submission.responsibleUnit()).map(OrgUnitView::name).orElse(null));
		variables.put("submittedAt", WHEN.format(submission.submittedAt().atZone(Applications.BERLIN)));
		variables.put("formTitle", form.definition().title().in(locale));
		variables.put("formVersion", form.number());
		variables.put("sections", summary.of(form.definition(), json.read(submission.answers(), form.definition()), locale, names));
		variables.put("attachments", files.stream().map(f -> new Listed(f.fileName(), f.mediaType(), size(f.size(), locale))).toList());
		variables.put("processingTime", catalog.find(submission.serviceSlug()).map(s -> s.processingTime(locale)).orElse(null));
		return pdf.render("receipt", variables, locale);
	}

	private static String size(long bytes, Locale locale) {
		if (bytes < 1024 * 1024) {
			return String.format(locale, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
		}
		return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
