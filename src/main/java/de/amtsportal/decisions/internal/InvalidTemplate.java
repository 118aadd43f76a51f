package de.amtsportal.decisions.internal;

import java.util.List;

/**
 * A template that cannot be saved: {@code field} names the input ({@code titleDe}, {@code bodyEn}, …),
 * {@code messageKey} the message, {@code arguments} e.g. the unknown placeholders.
 */
public class InvalidTemplate extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final List<String> arguments;

	InvalidTemplate(String field, String messageKey, List<String> arguments) {
		super(messageKey + " " + field + " " + arguments);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.copyOf(arguments);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<String> arguments() {
		return arguments;
	}
}
