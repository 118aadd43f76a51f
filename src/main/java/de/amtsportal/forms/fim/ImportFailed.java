package de.amtsportal.forms.fim;

import java.util.List;
import java.util.stream.Collectors;

/** The file cannot be imported; {@link #problems()} lists every problem found, so one upload shows them all. */
public class ImportFailed extends RuntimeException {

	private final List<ImportProblem> problems;

	ImportFailed(List<ImportProblem> problems) {
		super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	ImportFailed(ImportProblem problem) {
		this(List.of(problem));
	}

	public List<ImportProblem> problems() {
		return problems;
	}
}
