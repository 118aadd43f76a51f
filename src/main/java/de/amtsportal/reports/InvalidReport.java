package de.amtsportal.reports;

import java.util.List;

/** A {@link NewReport} that does not validate; nothing was stored. Each problem names a field and says what is wrong. */
public class InvalidReport extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public InvalidReport(List<Problem> problems) {
		super("The report is not valid: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** {@code field} is the form's field id (or "service_code", "media"); {@code message} the text in the report's language. */
	public record Problem(String field, String message) {
	}
}
