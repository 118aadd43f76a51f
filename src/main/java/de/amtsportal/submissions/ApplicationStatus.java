package de.amtsportal.submissions;

/** Where an application stands, as the applicant sees it on the status timeline. */
public enum ApplicationStatus {
	RECEIVED, IN_PROGRESS, WAITING_FOR_APPLICANT, DECIDED, CLOSED, REJECTED, WITHDRAWN
}
