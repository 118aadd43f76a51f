package de.amtsportal.decisions.web;

/** What the caseworker issues: title and text, edited from the draft. */
public record DecisionInput(String title, String text) {

	public DecisionInput {
		title = title == null ? "" : title;
		text = text == null ? "" : text;
	}
}
