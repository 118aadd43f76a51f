package de.amtsportal.decisions;

/** A decision that cannot be issued as written: {@code field} is {@code title} or {@code text}. */
public class InvalidDecision extends RuntimeException {

	private final String field;
	private final String messageKey;

	public InvalidDecision(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
