package de.amtsportal.decisions.internal;

/** What an editor writes for one language: plain text with placeholders, paragraphs separated by blank lines. */
public record TemplateText(String title, String body, String legalRemedy) {

	public static final int MAX_TITLE = 200;
	public static final int MAX_BODY = 20_000;
	public static final int MAX_LEGAL_REMEDY = 5_000;

	public static final TemplateText EMPTY = new TemplateText("", "", "");

	public TemplateText {
		title = title.strip();
		body = body.strip();
		legalRemedy = legalRemedy.strip();
	}
}
