package de.amtsportal.open311.web;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with one problem per description (message keys of {@code i18n/open311}); written
 * as the specification's error list by {@link Open311Errors}.
 */
class Open311Failure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;
	private final transient List<MessageSourceResolvable> problems;

	Open311Failure(HttpStatus status, List<MessageSourceResolvable> problems) {
		super(status + " " + problems.size() + " problem(s)");
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	static Open311Failure of(HttpStatus status, String key, Object... arguments) {
		return new Open311Failure(status, List.of(problem(key, arguments)));
	}

	static MessageSourceResolvable problem(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/** A problem whose text is already in the client's language. */
	static MessageSourceResolvable described(String text) {
		return new DefaultMessageSourceResolvable(new String[0], null, text);
	}

	HttpStatus status() {
		return status;
	}

	List<MessageSourceResolvable> problems() {
		return problems;
	}
}
