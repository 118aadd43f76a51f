package de.amtsportal.reports.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.forms.Forms;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.places.Place;
import de.amtsportal.places.Places;
import de.amtsportal.reports.ReportFiled;
import de.amtsportal.reports.ReportPhase;
import de.amtsportal.reports.ReportPosition;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * Records the public part of every submission of a REPORT service: category, position, typed address and the
 * photos (unreleased). Nothing personal is copied — not the reporter, not their description. Events may arrive
 * twice (the publication registry redelivers after a crash) and filing through the API records the report in its
 * own transaction before the event arrives: a report exists once per submission (unique constraint).
 */
@Component
public class ReportIntake {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReportRecords records;
	private final Submissions submissions;
	private final Catalog catalog;
	private final Forms forms;
	private final ApplicationEventPublisher events;
	private final Places places;
	private final Clock clock;

	ReportIntake(ReportRecords records, Submissions submissions, Catalog catalog, Forms forms, ApplicationEventPublisher events,
			Places places, Clock clock) {
		this.places = places;
		this.records = records;
		this.submissions = submissions;
		this.catalog = catalog;
		this.forms = forms;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The typed address, or where none was typed and the position is exactly an address of the register (the
	 * applicant found it by the address search), that address: so the public list names the place in words.
	 */
	private @Nullable String address(@Nullable String typed, @Nullable ReportPosition position) {
		if (typed != null || position == null) {
			return typed;
		}
		return places.at(position.lat(), position.lon()).map(Place::label).orElse(null);
	}

	/**
	 * Only submissions of a report form: the condition is checked when the event is published, so an application
	 * gets no event publication here at all (each costs a row and three transactions after the commit).
	 */
	@ApplicationModuleListener(condition = "@reportIntake.mayBeReport(#event)")
	void on(SubmissionReceived event) {
		take(event.submissionId());
	}

	/** Whether the submission's form version is a report form (released versions are cached, no query). */
	public boolean mayBeReport(SubmissionReceived event) {
		return forms.released(event.formVersionId()).map(f -> new ReportForm(f.definition())).filter(ReportForm::isReportForm)
			.isPresent();
	}

	/** The report of the submission, recorded now if it is a report and was not yet; empty for applications. */
	@Transactional
	public Optional<UUID> take(UUID submissionId) {
		Optional<ReportRecords.Row> existing = records.bySubmission(submissionId);
		if (existing.isPresent()) {
			return existing.map(ReportRecords.Row::id);
		}
		Optional<SubmissionView> found = submissions.find(submissionId);
		if (found.isEmpty()) {
			return Optional.empty(); // erased in the meantime
		}
		SubmissionView submission = found.get();
		var service = catalog.find(submission.serviceSlug()).filter(s -> s.kind() == ServiceKind.REPORT);
		var form = forms.released(submission.formVersionId()).map(f -> new ReportForm(f.definition())).filter(ReportForm::isReportForm);
		if (service.isEmpty() || form.isEmpty()) {
			return Optional.empty(); // an application or a notification, not a report
		}
		ReportForm reportForm = form.get();
		Answers answers = submissions.answers(submissionId);
		ReportPhase phase = ReportPhases.follow(submission.status(), ReportPhase.RECEIVED);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		ReportPosition position = reportForm.position(answers);
		boolean inserted = records.insert(new ReportRecords.Row(id, submissionId, null, submission.reference(), token(),
				submission.serviceId(), submission.serviceSlug(), submission.responsibleUnit(), position,
				address(reportForm.address(answers), position), null, phase, submission.submittedAt(), now, null));
		if (!inserted) {
			return records.bySubmission(submissionId).map(ReportRecords.Row::id);
		}
		Set<String> photoFields = Set.copyOf(reportForm.photos().stream().map(f -> f.id()).toList());
		List<String> photoIds = reportForm.photoIds(answers);
		submissions.files(submissionId).stream()
			.filter(file -> photoFields.contains(file.fieldPath()) && photoIds.contains(file.documentId().toString()))
			.forEach(file -> records.addPhoto(id, file.documentId(), file.mediaType(), now));
		records.addUpdate(id, ReportPhase.RECEIVED, null, submission.submittedAt());
		if (phase != ReportPhase.RECEIVED) {
			records.addUpdate(id, phase, null, now);
		}
		events.publishEvent(new ReportFiled(id, submission.reference(), submission.serviceSlug()));
		return Optional.of(id);
	}

	/** Open311's token: unguessable, so that one client cannot enumerate what others filed. */
	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
