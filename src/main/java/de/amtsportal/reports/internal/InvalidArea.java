package de.amtsportal.reports.internal;

import java.util.Arrays;

/**
 * An uploaded area that cannot be used: a message key and its arguments. An argument that is itself a message
 * key (starting with {@code reports.}) is resolved by the page too, so the whole sentence is in the reader's
 * language.
 */
public class InvalidArea extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;
	private final transient Object[] arguments;

	InvalidArea(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
