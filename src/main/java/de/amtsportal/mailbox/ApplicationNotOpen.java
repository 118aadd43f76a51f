package de.amtsportal.mailbox;

import de.amtsportal.submissions.ApplicationStatus;

/** Queries, document requests and decisions belong to an application that is still being handled. */
public class ApplicationNotOpen extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ApplicationNotOpen(ApplicationStatus status) {
		super("The application is " + status + ": no more queries, document requests or decisions");
	}
}
