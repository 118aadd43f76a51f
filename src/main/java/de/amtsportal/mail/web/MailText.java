package de.amtsportal.mail.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text mail body cut into text and web links, so the page can render links as {@code <a>} elements
 * and everything else as escaped text: mail content never reaches the page as markup.
 */
final class MailText {

	/** http(s) up to the next whitespace or character that cannot end a link in running text. */
	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'";

	private MailText() {
	}

	record Segment(String text, boolean link) {
	}

	static List<Segment> segments(String body) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = LINK.matcher(body);
		int position = 0;
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(body.charAt(end - 1)) >= 0) {
				end--;
			}
			if (matcher.start() > position) {
				segments.add(new Segment(body.substring(position, matcher.start()), false));
			}
			segments.add(new Segment(body.substring(matcher.start(), end), true));
			position = end;
		}
		if (position < body.length()) {
			segments.add(new Segment(body.substring(position), false));
		}
		return segments;
	}
}
