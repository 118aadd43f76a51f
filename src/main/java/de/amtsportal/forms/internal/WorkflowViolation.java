package de.amtsportal.forms.internal;

/** A step the workflow does not allow now; {@code messageKey} says why in the user's language. */
public class WorkflowViolation extends RuntimeException {

	private final String messageKey;

	WorkflowViolation(String messageKey) {
		this(messageKey, messageKey);
	}

	WorkflowViolation(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
