package de.amtsportal.cases;

import java.util.EnumSet;
import java.util.Set;

import de.amtsportal.submissions.ApplicationStatus;

/**
 * Where a case stands, with the transitions the authority may make. The applicant's status timeline shows the
 * same status ({@link #applicationStatus()}): the case owns it.
 */
public enum CaseStatus {

	RECEIVED, IN_PROGRESS, WAITING_FOR_APPLICANT, DECIDED, REJECTED, WITHDRAWN, CLOSED;

	/** The statuses a case in this one may move to. */
	public Set<CaseStatus> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_APPLICANT, REJECTED, WITHDRAWN);
			case IN_PROGRESS -> EnumSet.of(WAITING_FOR_APPLICANT, DECIDED, REJECTED, WITHDRAWN);
			case WAITING_FOR_APPLICANT -> EnumSet.of(IN_PROGRESS, REJECTED, WITHDRAWN);
			case DECIDED, REJECTED, WITHDRAWN -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(CaseStatus.class);
		};
	}

	public boolean allows(CaseStatus target) {
		return next().contains(target);
	}

	/** Whether the case still waits for work (the inbox shows these unless asked otherwise). */
	public boolean isOpen() {
		return this == RECEIVED || this == IN_PROGRESS || this == WAITING_FOR_APPLICANT;
	}

	public ApplicationStatus applicationStatus() {
		return ApplicationStatus.valueOf(name());
	}

	public static CaseStatus of(ApplicationStatus status) {
		return valueOf(status.name());
	}

	public static Set<CaseStatus> open() {
		return EnumSet.of(RECEIVED, IN_PROGRESS, WAITING_FOR_APPLICANT);
	}
}
