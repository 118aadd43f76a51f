package de.amtsportal.identity.internal;

/** Input a service rejects; the field and message key go straight to the form's error summary. */
public class InvalidInput extends RuntimeException {

	private final String field;
	private final String messageKey;

	public InvalidInput(String field, String messageKey) {
		super(field + ": " + messageKey);
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
