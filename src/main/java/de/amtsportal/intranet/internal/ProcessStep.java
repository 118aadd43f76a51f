package de.amtsportal.intranet.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embeddable;

/**
 * One step of a process description: what is done, by whom (a target group of the institution's members), by
 * when (as text, e.g. "6 Wochen vor Fahrtbeginn" or "bis 15. März"), on which legal basis, and which internal
 * forms (by the service's slug) and library documents (by id) it needs. The links are kept as space-separated
 * lists because slugs and ids contain no spaces and a step is always read whole.
 */
@Embeddable
public record ProcessStep(int position, String title, String description, String responsibleGroup, String deadline,
		String legalBasis, String forms, String documents) {

	public static ProcessStep of(int position, String title, String description, String responsibleGroup, String deadline,
			String legalBasis, List<String> forms, List<String> documents) {
		return new ProcessStep(position, title, description, responsibleGroup, deadline, legalBasis, String.join(" ", forms),
				String.join(" ", documents));
	}

	/** The slugs of the internal applications this step needs. */
	public List<String> formSlugs() {
		return words(forms);
	}

	/** The ids of the library documents this step needs. */
	public List<String> documentIds() {
		return words(documents);
	}

	/** What the search finds of this step. */
	String text() {
		return String.join("\n", title, description, deadline, legalBasis);
	}

	private static List<String> words(String list) {
		return list.isBlank() ? List.of() : Arrays.asList(list.strip().split(" +"));
	}
}
