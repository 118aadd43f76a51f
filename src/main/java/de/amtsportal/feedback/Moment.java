package de.amtsportal.feedback;

/** When the applicant was asked: right after submitting, or once the decision arrived. */
public enum Moment {
	AFTER_SUBMISSION, AFTER_DECISION
}
