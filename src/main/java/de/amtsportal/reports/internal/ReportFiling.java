package de.amtsportal.reports.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.StoredDocument;
import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FormValidator;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.reports.FiledReport;
import de.amtsportal.reports.InvalidReport;
import de.amtsportal.reports.InvalidReport.Problem;
import de.amtsportal.reports.NewReport;
import de.amtsportal.reports.PhotoUpload;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * Files a report that comes from outside the web journey. The answers are checked by the category's released
 * form exactly as the journey checks them, the photos go through the same inspection as uploads, and the report is
 * submitted through the submissions module — so it gets a case, mails and a Postfach thread like any other. With an
 * idempotency key a retried request gets the report it filed the first time.
 */
@Component
public class ReportFiling {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final ReportCategories categories;
	private final Documents documents;
	private final Submissions submissions;
	private final ReportIntake intake;
	private final ReportRecords records;
	private final MessageSource messages;
	private final Clock clock;

	ReportFiling(ReportCategories categories, Documents documents, Submissions submissions, ReportIntake intake,
			ReportRecords records, MessageSource messages, Clock clock) {
		this.categories = categories;
		this.documents = documents;
		this.submissions = submissions;
		this.intake = intake;
		this.records = records;
		this.messages = messages;
		this.clock = clock;
	}

	/** A report already filed with this idempotency key. */
	@Transactional(readOnly = true)
	public Optional<FiledReport> filedWith(String idempotencyKey) {
		return records.filedWith(idempotencyKey).flatMap(records::byId).map(r -> new FiledReport(r.id(), r.reference(), r.token()));
	}

	/**
	 * Files the report, or throws {@link InvalidReport} having stored nothing. A concurrent request with the same
	 * key waits for this one's transaction and then fails on the key (the caller asks {@link #filedWith} again).
	 */
	@Transactional
	public FiledReport file(NewReport report) {
		Locale locale = report.locale();
		ReportCategories.Category category = categories.find(report.categoryCode())
			.filter(c -> c.service().signIn() != SignIn.REQUIRED)
			.orElseThrow(() -> invalid("service_code", "reports.error.unknown-category", locale));
		PublishedService service = category.service();
		PublishedForm form = category.form();
		ReportForm reportForm = category.reportForm();
		if (report.idempotencyKey() != null && !records.claim(report.idempotencyKey(), clock.instant())) {
			return filedWith(report.idempotencyKey()).orElseThrow(() -> new IllegalStateException("Idempotency key in use"));
		}
		Map<String, Object> raw = answers(report, reportForm, locale);
		List<Problem> problems = new ArrayList<>(check(form, reportForm, raw, report.photos().size(), locale));
		if (!problems.isEmpty()) {
			throw new InvalidReport(problems);
		}
		List<Submissions.FilledFile> photos = store(report.photos(), reportForm, locale);
		try {
			SubmissionView submission = submissions.submitFilled(service, form, new Answers(raw), photos, locale);
			UUID reportId = intake.take(submission.id()).orElseThrow();
			if (report.idempotencyKey() != null) {
				records.filed(report.idempotencyKey(), reportId);
			}
			ReportRecords.Row row = records.byId(reportId).orElseThrow();
			return new FiledReport(row.id(), row.reference(), row.token());
		}
		catch (RuntimeException e) {
			photos.forEach(photo -> documents.delete(photo.document().id()));
			throw e;
		}
	}

	/** The report as the form's answers; fields the form does not have are refused, not silently dropped. */
	private Map<String, Object> answers(NewReport report, ReportForm form, Locale locale) {
		Map<String, Object> raw = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		if (report.position() != null) {
			if (!report.position().isValid()) {
				problems.add(problem(form.position().map(Field::id).orElse("position"), "reports.error.position", locale));
			}
			form.position().ifPresent(field -> raw.put(field.id(), Map.of("lat", report.position().lat().toPlainString(),
					"lon", report.position().lon().toPlainString())));
		}
		put(raw, form.address(), report.address());
		put(raw, form.description(), report.description());
		put(raw, form.email(), report.email());
		put(raw, form.firstName(), report.firstName());
		put(raw, form.lastName(), report.lastName());
		List<String> extra = form.extraQuestions().stream().map(Field::id).toList();
		report.extraAnswers().forEach((key, value) -> {
			if (extra.contains(key)) {
				raw.put(key, value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : String.valueOf(value));
			}
			else {
				problems.add(problem(key, "reports.error.unknown-question", locale));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidReport(problems);
		}
		return raw;
	}

	/**
	 * The form's checks on every page. Photos are checked for their number here and for their content when stored;
	 * until then each photo stands in as a placeholder so that a required photo field counts as answered.
	 */
	private List<Problem> check(PublishedForm form, ReportForm reportForm, Map<String, Object> raw, int photoCount, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Object> withPhotos = new LinkedHashMap<>(raw);
		List<Field> photoFields = reportForm.photos();
		int capacity = photoFields.stream().mapToInt(f -> upload(f).maxCount()).sum();
		if (photoCount > capacity) {
			problems.add(problem("media", "reports.error.too-many-photos", locale, capacity));
		}
		if (!photoFields.isEmpty() && photoCount > 0) {
			withPhotos.put(photoFields.get(0).id(), java.util.stream.IntStream.range(0, Math.min(photoCount, upload(photoFields.get(0)).maxCount()))
				.mapToObj(i -> UUID.randomUUID().toString()).toList());
		}
		Answers answers = FormValidator.clean(form.definition(), withPhotos);
		for (Violation violation : FormValidator.validate(form.definition(), answers, null, LocalDate.now(clock.withZone(BERLIN)))) {
			String message = violation.message() != null ? violation.message().in(locale)
					: messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale);
			problems.add(new Problem(violation.path(), message));
		}
		return problems;
	}

	/** Stores the photos through the documents module's inspection, spread over the photo fields in order. */
	private List<Submissions.FilledFile> store(List<PhotoUpload> photos, ReportForm form, Locale locale) {
		List<Submissions.FilledFile> stored = new ArrayList<>();
		List<Field> fields = form.photos();
		int fieldIndex = 0;
		int inField = 0;
		for (PhotoUpload photo : photos) {
			while (inField >= upload(fields.get(fieldIndex)).maxCount()) {
				fieldIndex++;
				inField = 0;
			}
			Field field = fields.get(fieldIndex);
			Upload upload = upload(field);
			try {
				StoredDocument document = documents.store(photo.fileName(), new ByteArrayInputStream(photo.content()),
						new UploadRules(upload.mediaTypes(), upload.maxBytes()));
				stored.add(new Submissions.FilledFile(field.id(), document));
				inField++;
			}
			catch (UploadRejected rejected) {
				stored.forEach(file -> documents.delete(file.document().id()));
				throw new InvalidReport(List.of(new Problem("media", photo.fileName() + ": "
						+ messages.getMessage(rejected.messageKey(), rejected.arguments(), locale))));
			}
		}
		return stored;
	}

	private static Upload upload(Field field) {
		return field.upload() == null ? new Upload(List.of("image/jpeg", "image/png"), Upload.DEFAULT_MAX_BYTES, 1) : field.upload();
	}

	private static void put(Map<String, Object> raw, Optional<Field> field, @org.jspecify.annotations.Nullable String value) {
		if (value != null && !value.isBlank()) {
			field.ifPresent(f -> raw.put(f.id(), value));
		}
	}

	private InvalidReport invalid(String field, String key, Locale locale) {
		return new InvalidReport(List.of(problem(field, key, locale)));
	}

	private Problem problem(String field, String key, Locale locale, Object... arguments) {
		return new Problem(field, messages.getMessage(key, arguments, locale));
	}
}
