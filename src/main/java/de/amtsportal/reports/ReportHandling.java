package de.amtsportal.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.cases.CaseSummary;
import de.amtsportal.cases.Cases;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.reports.internal.HandlingRecords;
import de.amtsportal.reports.internal.ReportRecords;

/**
 * What caseworkers do with a report besides the case work: release photos, write the public description and the
 * public reply on closing, merge a duplicate into another report. Every method checks that the report's case is
 * in one of the caseworker's units (others learn nothing: {@link NoSuchReport}); every change is audited.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.CASES_WORK + "')")
public class ReportHandling {

	public static final int MAX_TEXT = 4000;
	/** How far apart two reports may be to be offered as the same problem. */
	static final int NEARBY_METRES = 500;

	private final ReportRecords records;
	private final HandlingRecords handling;
	private final Reports reports;
	private final Cases cases;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportHandling(ReportRecords records, HandlingRecords handling, Reports reports, Cases cases, CurrentUser currentUser,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.handling = handling;
		this.reports = reports;
		this.cases = cases;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A report as its caseworker sees it: the public view, every photo (released or not) and the case. */
	public record HandledReport(PublicReport report, UUID submissionId, CaseSummary handledIn, List<ReportRecords.Photo> photos) {
	}

	/** The report of the submission, if it is one and its case is the caseworker's. */
	@Transactional(readOnly = true)
	public Optional<HandledReport> ofSubmission(UUID submissionId, Locale locale) {
		return records.bySubmission(submissionId).flatMap(row -> handled(row, locale));
	}

	@Transactional(readOnly = true)
	public Optional<HandledReport> find(UUID reportId, Locale locale) {
		return records.byId(reportId).flatMap(row -> handled(row, locale));
	}

	/** The reports of the caseworker's units in these phases (of one category and inside a box if given), newest first. */
	@Transactional(readOnly = true)
	public List<HandlingRecords.Listed> ofMyUnits(Set<ReportPhase> phases, @Nullable String category, @Nullable BoundingBox area,
			int limit) {
		return handling.ofUnits(currentUser.require().caseworkerUnits(), phases, category, area, limit);
	}

	/** The case of the report, if it is one of the caseworker's units. */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> caseOf(UUID reportId) {
		return records.byId(reportId).flatMap(row -> cases.ofSubmission(row.submissionId()));
	}

	/** Releases a photo: from now on it is on the public page and in Open311. */
	@Transactional
	public void releasePhoto(UUID reportId, UUID photoId) {
		changePhoto(reportId, photoId, true);
	}

	/** Takes a released photo off the public page again. */
	@Transactional
	public void withdrawPhoto(UUID reportId, UUID photoId) {
		changePhoto(reportId, photoId, false);
	}

	/** The text the public page shows for the report, written by staff (the reporter's own text stays internal). */
	@Transactional
	public void describe(UUID reportId, @Nullable String text) {
		HandledReport report = handled(reportId);
		String description = text == null || text.isBlank() ? null : text.strip();
		if (description != null && description.length() > MAX_TEXT) {
			throw new IllegalArgumentException("A public description has at most " + MAX_TEXT + " characters");
		}
		handling.describe(report.report().id(), description, clock.instant());
		record("reports.description-set", report, null);
	}

	/**
	 * Closes the report with a public reply: its case is finished (decided, or rejected when the report was not
	 * justified), and the report is done or rejected with the reply on its public page.
	 *
	 * @throws IllegalStateException when the report is closed already
	 */
	@Transactional
	public void reply(UUID reportId, String text, boolean rejected) {
		HandledReport report = handled(reportId);
		requireOpen(report);
		String reply = requireText(text);
		ReportPhase phase = rejected ? ReportPhase.REJECTED : ReportPhase.DONE;
		// the phase first: the case's closing then keeps it (see the phase follower)
		changePhase(report, phase, reply);
		cases.finish(report.handledIn().id(), rejected, reply.length() > 500 ? reply.substring(0, 500) : reply);
		record("reports.replied", report, phase.name());
	}

	/** Open reports of the same category near this one, nearest first: what it may be a duplicate of. */
	@Transactional(readOnly = true)
	public List<PublicReport> mergeCandidates(UUID reportId, Locale locale) {
		PublicReport report = handled(reportId).report();
		if (report.position() == null || report.status() != PublicStatus.OPEN) {
			return List.of();
		}
		return reports.nearbyOpen(report.categoryCode(), report.position(), NEARBY_METRES, 11, locale).stream()
			.filter(r -> !r.id().equals(report.id()))
			.limit(10)
			.toList();
	}

	/**
	 * Merges a duplicate into another open report of the same category: the duplicate's case is finished, its public
	 * page points to the other report, and its reporter hears of the other report's progress from then on.
	 *
	 * @throws IllegalStateException when either report is closed, or they are of different categories
	 */
	@Transactional
	public void merge(UUID duplicateId, String targetReference) {
		HandledReport duplicate = handled(duplicateId);
		PublicReport target = reports.find(targetReference, Locale.GERMAN).orElseThrow(NoSuchReport::new);
		requireOpen(duplicate);
		if (target.id().equals(duplicate.report().id()) || target.status() != PublicStatus.OPEN
				|| !target.categoryCode().equals(duplicate.report().categoryCode())) {
			throw new IllegalStateException("Only an open report of the same category can take a duplicate");
		}
		Instant now = clock.instant();
		handling.mergeInto(duplicate.report().id(), target.id(), now);
		changePhase(duplicate, ReportPhase.DUPLICATE, null);
		cases.finish(duplicate.handledIn().id(), false, "Dublette von " + target.reference());
		record("reports.merged", duplicate, target.id().toString());
	}

	private void changePhase(HandledReport report, ReportPhase phase, @Nullable String publicText) {
		Instant now = clock.instant();
		records.changePhase(report.report().id(), phase, report.handledIn().id(), now);
		records.addUpdate(report.report().id(), phase, publicText, now);
		events.publishEvent(new ReportPhaseChanged(report.report().id(), phase, publicText));
	}

	private void changePhoto(UUID reportId, UUID photoId, boolean released) {
		HandledReport report = handled(reportId);
		if (!handling.release(report.report().id(), photoId, released, clock.instant())) {
			throw new NoSuchReport();
		}
		record(released ? "reports.photo-released" : "reports.photo-withdrawn", report, photoId.toString());
	}

	private static void requireOpen(HandledReport report) {
		if (report.report().status() != PublicStatus.OPEN || !report.handledIn().status().isOpen()) {
			throw new IllegalStateException("The report is closed");
		}
	}

	private static String requireText(String text) {
		if (text.isBlank() || text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("A public reply has a text of up to " + MAX_TEXT + " characters");
		}
		return text.strip();
	}

	private void record(String action, HandledReport report, @Nullable String detail) {
		audit.record(new AuditEvent(currentUser.require().id().value().toString(), action, report.report().id().toString(), detail));
	}

	private HandledReport handled(UUID reportId) {
		return records.byId(reportId).flatMap(row -> handled(row, Locale.GERMAN)).orElseThrow(NoSuchReport::new);
	}

	private Optional<HandledReport> handled(ReportRecords.Row row, Locale locale) {
		return cases.ofSubmission(row.submissionId()).flatMap(c -> reports.findById(row.id(), locale)
			.map(report -> new HandledReport(report, row.submissionId(), c,
					records.photos(List.of(row.id())).getOrDefault(row.id(), List.of()))));
	}

	/** No such report — or not one of the caseworker's units: both look the same from outside. */
	public static class NoSuchReport extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoSuchReport() {
			super("No such report");
		}
	}
}
