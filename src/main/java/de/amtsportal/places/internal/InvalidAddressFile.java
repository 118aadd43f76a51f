package de.amtsportal.places.internal;

import java.util.List;

/**
 * An upload that cannot be used, with every problem found (up to a limit), each naming its line. Nothing of the
 * file was stored.
 */
public class InvalidAddressFile extends RuntimeException {

	/** A problem at a line of the file (0: the file as a whole); {@code key} selects the message. */
	public record Problem(long line, String key, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}
	}

	private final List<Problem> problems;
	private final long more;

	InvalidAddressFile(List<Problem> problems, long more) {
		super(problems.size() + more + " problems in the address file");
		this.problems = List.copyOf(problems);
		this.more = more;
	}

	static InvalidAddressFile of(String key, Object... arguments) {
		return new InvalidAddressFile(List.of(new Problem(0, key, List.of(arguments))), 0);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** How many further problems were found but not listed. */
	public long more() {
		return more;
	}
}
