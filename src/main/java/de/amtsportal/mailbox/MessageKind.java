package de.amtsportal.mailbox;

/**
 * What a Postfach message is. The authority sends all but {@link #REPLY}; a query and a document request wait for
 * the applicant's answer, a decision carries the Bescheid as a PDF.
 */
public enum MessageKind {

	MESSAGE, QUERY, DOCUMENT_REQUEST, DECISION, REPLY;

	/** Whether the authority writes this kind (everything but the applicant's reply). */
	public boolean fromAuthority() {
		return this != REPLY;
	}

	/** Whether the application waits for the applicant once this was sent. */
	public boolean expectsAnswer() {
		return this == QUERY || this == DOCUMENT_REQUEST;
	}
}
