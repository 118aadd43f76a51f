package de.amtsportal.reports.internal;

import de.amtsportal.reports.ReportPhase;
import de.amtsportal.submissions.ApplicationStatus;

/** The public phase that follows from the status of a report's case. */
final class ReportPhases {

	private ReportPhases() {
	}

	/**
	 * The phase for the case's status, given the report's current one: closing a case keeps the phase that ended
	 * it (a duplicate stays a duplicate, a rejection a rejection) and only turns an open report into "done".
	 */
	static ReportPhase follow(ApplicationStatus status, ReportPhase current) {
		return switch (status) {
			case RECEIVED -> ReportPhase.RECEIVED;
			case IN_PROGRESS, WAITING_FOR_APPLICANT -> ReportPhase.IN_PROGRESS;
			case DECIDED -> current == ReportPhase.DUPLICATE ? current : ReportPhase.DONE;
			case REJECTED, WITHDRAWN -> current == ReportPhase.DUPLICATE ? current : ReportPhase.REJECTED;
			case CLOSED -> current.isFinal() ? current : ReportPhase.DONE;
		};
	}
}
