package de.amtsportal.reports;

/** The finer public phase of a report for the portal's own pages. */
public enum ReportPhase {

	RECEIVED, IN_PROGRESS, DONE, DUPLICATE, REJECTED;

	public PublicStatus status() {
		return this == RECEIVED || this == IN_PROGRESS ? PublicStatus.OPEN : PublicStatus.CLOSED;
	}

	/** A phase that ends the report; a closed case does not turn a duplicate or a rejection into "done". */
	public boolean isFinal() {
		return status() == PublicStatus.CLOSED;
	}
}
