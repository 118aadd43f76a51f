package de.amtsportal.submissions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.documents.Documents;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.FormValidator;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.ApplicationStatusChanged;
import de.amtsportal.submissions.DraftStarted;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.spi.UnitRouting;

/**
 * Drafts and submissions: starting an application (prefilled from the account), saving every page, and
 * submitting exactly once. The submission, its attachments, its first status and the
 * {@link SubmissionReceived} event commit in one transaction.
 */
@Service
public class Applications {

	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final Drafts drafts;
	private final SubmissionRepository submissions;
	private final Attachments attachments;
	private final StatusChanges statusChanges;
	private final AnswersJson json;
	private final ReferenceNumbers referenceNumbers;
	@PersistenceContext
	private EntityManager entityManager;
	private final ApplicationEventPublisher events;
	private final SubmissionProperties properties;
	private final Documents documents;
	private final List<UnitRouting> routings;
	private final Clock clock;

	Applications(Drafts drafts, SubmissionRepository submissions, Attachments attachments, StatusChanges statusChanges,
			AnswersJson json, ReferenceNumbers referenceNumbers, ApplicationEventPublisher events, SubmissionProperties properties,
			Documents documents, List<UnitRouting> routings, Clock clock) {
		this.documents = documents;
		this.routings = routings;
		this.drafts = drafts;
		this.submissions = submissions;
		this.attachments = attachments;
		this.statusChanges = statusChanges;
		this.json = json;
		this.referenceNumbers = referenceNumbers;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Draft start(PublishedService service, PublishedForm form, @Nullable SignedInAccount account,
			@Nullable UUID institution, Locale locale) {
		Answers prefilled = account == null ? Answers.NONE : prefill(form.definition(), account);
		Instant now = clock.instant();
		Draft draft = drafts.save(new Draft(service.id(), service.slug(), form.versionId(), account == null ? null : account.id().value(),
				institution, json.write(prefilled), locale, now, now.plus(properties.draftRetention())));
		events.publishEvent(new DraftStarted(draft.id(), service.id(), service.nameDe(), form.versionId(), now));
		return draft;
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(UUID id) {
		return drafts.findById(id);
	}

	public Answers answers(Draft draft, FormDefinition definition) {
		return json.read(draft.answers(), definition);
	}

	public Answers answers(Submission submission, FormDefinition definition) {
		return json.read(submission.answers(), definition);
	}

	/** Deletes an unfinished application and its files (the owner decided so, or it expired). */
	@Transactional
	public void discard(UUID draftId) {
		List<Attachment> files = attachments.findByDraftIdOrderByCreatedAt(draftId);
		attachments.deleteAll(files);
		files.forEach(file -> documents.delete(file.documentId()));
		drafts.deleteById(draftId);
	}

	/** Deletes a draft that is still unfinished after the retention period (checked again under the lock). */
	@Transactional
	public void expire(UUID draftId) {
		drafts.lock(draftId).filter(d -> !d.isSubmitted() && !d.expiresAt().isAfter(clock.instant()))
			.ifPresent(d -> discard(d.id()));
	}

	/**
	 * Saves the answers after a page; file answers always come from the draft's stored attachments, never the
	 * request. One UPDATE, no read first (the caller has just read the draft to check access); a draft that has
	 * been submitted meanwhile keeps what it became.
	 */
	@Transactional
	public Answers save(UUID draftId, FormDefinition definition, Answers answers, String pageId) {
		Answers withFiles = FormValidator.clean(definition, withStoredFiles(definition, answers, storedFiles(definition, draftId)).values());
		Instant now = clock.instant();
		drafts.saveAnswers(draftId, json.write(withFiles), pageId, now, now.plus(properties.draftRetention()));
		return withFiles;
	}

	/** Records a stored file as an answer of the draft's field. */
	@Transactional
	public Attachment attach(UUID draftId, String fieldPath, UUID documentId, String fileName, String mediaType, long size) {
		return attachments.save(new Attachment(draftId, documentId, fieldPath, fileName, mediaType, size, clock.instant()));
	}

	/** Forgets a file of the draft; returns whether it was one (the caller deletes the stored bytes). */
	@Transactional
	public boolean detach(UUID draftId, UUID documentId) {
		return attachments.findByDocumentId(documentId).filter(a -> draftId.equals(a.draftId())).map(a -> {
			attachments.delete(a);
			return true;
		}).orElse(false);
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachmentsOf(UUID draftId) {
		return attachments.findByDraftIdOrderByCreatedAt(draftId);
	}

	@Transactional(readOnly = true)
	public List<Draft> openDrafts(UUID account) {
		return drafts.openOf(account);
	}

	/**
	 * Submits the draft, or — if it already was (double click, retry, replayed request) — returns what it became.
	 * Throws {@link Incomplete} when the answers do not pass the form version's checks.
	 */
	@Transactional
	public Submission submit(UUID draftId, PublishedForm form, PublishedService service, boolean receiptByMail, LocalDate today) {
		Draft draft = locked(draftId).orElseThrow();
		if (draft.isSubmitted()) {
			return submissions.findById(draft.submissionId()).orElseThrow();
		}
		return submit(draft, form, service, receiptByMail, today);
	}

	/**
	 * The applicant's submit: the draft is read, checked and submitted under one lock in one transaction (a submit
	 * is the busiest write of the portal). Empty when the draft does not exist, belongs to another service, its form
	 * version is not released, or {@code mayEdit} refuses it; a draft submitted before gives what it became, without
	 * a new submission.
	 */
	@Transactional
	public Optional<Submitted> submit(UUID draftId, PublishedService service, Predicate<Draft> mayEdit,
			Function<UUID, Optional<PublishedForm>> releasedForms, boolean receiptByMail, LocalDate today) {
		Optional<Draft> found = locked(draftId).filter(d -> d.serviceSlug().equals(service.slug())).filter(mayEdit);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Draft draft = found.get();
		if (draft.isSubmitted()) {
			return Optional.of(new Submitted(draft.submissionId(), false));
		}
		return releasedForms.apply(draft.formVersionId())
			.map(form -> submit(draft, form, service, receiptByMail, today))
			.map(submission -> new Submitted(submission.id(), submission.applicantAccount() == null));
	}

	/**
	 * The draft with its row locked: two submits of the same draft (double click, replay) run one after the other.
	 * Read by id rather than by query, which costs a query plan lookup and its parameter binding in every submit.
	 */
	private Optional<Draft> locked(UUID draftId) {
		return Optional.ofNullable(entityManager.find(Draft.class, draftId, LockModeType.PESSIMISTIC_WRITE));
	}

	/**
	 * What the applicant's submit stored or found; {@code anonymousNow} when it stored an anonymous application just
	 * now (its session then gets access to it).
	 */
	public record Submitted(UUID id, boolean anonymousNow) {
	}

	private Submission submit(Draft draft, PublishedForm form, PublishedService service, boolean receiptByMail, LocalDate today) {
		UUID draftId = draft.id();
		FormDefinition definition = form.definition();
		List<Attachment> files = storedFiles(definition, draftId);
		Answers answers = FormValidator.clean(definition, withStoredFiles(definition, json.read(draft.answers(), definition), files).values());
		if (!FormValidator.validate(definition, answers, null, today).isEmpty()) {
			throw new Incomplete();
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		UUID unit = responsibleUnit(service, form, answers);
		Submission submission = new Submission(id, reference(now), draft, json.write(answers), service.nameDe(), form.formId(),
				unit, contactEmail(definition, answers), receiptByMail, now);
		submissions.save(submission);
		// the answers now live in the submission; the attachments move with them
		files.forEach(a -> a.submittedWith(id));
		statusChanges.save(new StatusChange(id, ApplicationStatus.RECEIVED, now));
		draft.submittedAs(id, now);
		events.publishEvent(new SubmissionReceived(id, submission.reference(), service.id(), service.nameDe(), form.formId(),
				form.versionId(), unit, draft.ownerAccount(), draft.institutionId(), now));
		return submission;
	}

	/** The form's unit unless a routing (e.g. by the position of a report) names another one. */
	private UUID responsibleUnit(PublishedService service, PublishedForm form, Answers answers) {
		var routed = new UnitRouting.Routed(service.id(), service.slug(), form.responsibleUnit(), form.definition(), answers);
		return routings.stream().map(r -> r.route(routed)).flatMap(Optional::stream).findFirst().orElse(form.responsibleUnit());
	}

	@Transactional
	public void changeStatus(UUID submissionId, ApplicationStatus status) {
		Submission submission = submissions.lock(submissionId).orElseThrow();
		if (submission.status() == status) {
			return;
		}
		Instant now = clock.instant();
		submission.changeStatus(status);
		statusChanges.save(new StatusChange(submissionId, status, now));
		events.publishEvent(new ApplicationStatusChanged(submissionId, submission.reference(), status, now));
	}

	@Transactional
	public void handOver(UUID submissionId, UUID unit) {
		submissions.findById(submissionId).orElseThrow().handOverTo(unit);
	}

	/** Marks the submission as rated at this moment, once; the row lock makes two quick posts count once. */
	@Transactional
	public boolean markRated(UUID submissionId, boolean afterDecision) {
		Submission submission = submissions.lock(submissionId).orElseThrow();
		if (afterDecision ? submission.ratedAfterDecision() : submission.ratedAfterSubmission()) {
			return false;
		}
		submission.rated(afterDecision);
		return true;
	}

	/** e.g. MUS-2026-000123 (built by hand: a format string is parsed anew on every call, and this runs in every submit) */
	private String reference(Instant now) {
		String number = Long.toString(referenceNumbers.next());
		StringBuilder reference = new StringBuilder(24).append(properties.referencePrefix()).append('-')
			.append(LocalDate.ofInstant(now, BERLIN).getYear()).append('-');
		for (int i = number.length(); i < 6; i++) {
			reference.append('0');
		}
		return reference.append(number).toString();
	}

	/** The draft's stored files; a form without file fields (at any depth) has none, so it is not asked for them. */
	private List<Attachment> storedFiles(FormDefinition definition, UUID draftId) {
		boolean takesFiles = definition.pages().stream().anyMatch(page -> takesFiles(page.fields()));
		return takesFiles ? attachments.findByDraftIdOrderByCreatedAt(draftId) : List.of();
	}

	private static boolean takesFiles(List<Field> fields) {
		return fields.stream().anyMatch(f -> f.type() == FieldType.FILE || f.type() == FieldType.PHOTO || takesFiles(f.fields()));
	}

	/** Replaces every file answer of the top-level fields by the draft's stored attachments of that field. */
	private static Answers withStoredFiles(FormDefinition definition, Answers answers, List<Attachment> storedFiles) {
		Map<String, List<String>> stored = new LinkedHashMap<>();
		for (Attachment attachment : storedFiles) {
			stored.computeIfAbsent(attachment.fieldPath(), k -> new java.util.ArrayList<>()).add(attachment.documentId().toString());
		}
		Map<String, Object> values = new LinkedHashMap<>(answers.values());
		for (FormPage page : definition.pages()) {
			page.fields().stream().filter(f -> f.type() == FieldType.FILE || f.type() == FieldType.PHOTO).forEach(field -> {
				List<String> files = stored.get(field.id());
				if (files == null) {
					values.remove(field.id());
				}
				else {
					values.put(field.id(), files);
				}
			});
		}
		return new Answers(values);
	}

	/** Name and e-mail from the account, into fields named as the demo forms and FIM name them. */
	private static Answers prefill(FormDefinition definition, SignedInAccount account) {
		Map<String, Object> values = new LinkedHashMap<>();
		FormPage first = definition.pages().get(0);
		first.fields().forEach(field -> {
			switch (field.id()) {
				case "vorname" -> values.put(field.id(), account.givenName());
				case "nachname", "familienname" -> values.put(field.id(), account.familyName());
				default -> {
					if (field.type() == FieldType.EMAIL) {
						values.putIfAbsent(field.id(), account.email());
					}
				}
			}
		});
		return FormValidator.clean(definition, values);
	}

	/** Where an anonymous applicant is told about their application: the form's first e-mail answer. */
	private static @Nullable String contactEmail(FormDefinition definition, Answers answers) {
		for (FormPage page : definition.pages()) {
			for (var field : page.fields()) {
				if (field.type() == FieldType.EMAIL && answers.values().get(field.id()) instanceof String email && !email.isBlank()) {
					return email;
				}
			}
		}
		return null;
	}

	/** The answers do not pass the checks of the form version (the check page shows where). */
	public static class Incomplete extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Incomplete() {
			super("The application is not complete");
		}
	}
}
