package de.amtsportal.catalog.internal;

/** Content the catalogue refuses; the field and message key go straight to the form's error summary. */
public class InvalidService extends RuntimeException {

	private final String field;
	private final String messageKey;

	InvalidService(String field, String messageKey) {
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
