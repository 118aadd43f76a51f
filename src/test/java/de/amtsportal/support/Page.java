package de.amtsportal.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendered page as a person reads it (entities decoded), with the places a form shows its errors: the
 * error summary at the top ({@code id="fehler"}) and the message next to each field ({@code <field>-error}).
 */
public record Page(String html) {

	public static Page of(MvcResult result) throws Exception {
		return new Page(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}

	/** The message is listed in the error summary, linked to the field, and stands at the field itself. */
	public Page showsFieldError(String field, String message) {
		assertThat(errorSummary()).as("error summary links %s to the message", field)
			.containsPattern("href=\"#" + Pattern.quote(field) + "\"[^>]*>[^<]*" + Pattern.quote(message));
		assertThat(block("id=\"" + field + "-error\"", "</p>")).as("message at the field %s", field).contains(message);
		return this;
	}

	public String errorSummary() {
		return block("id=\"fehler\"", "</ul>");
	}

	public Page contains(String text) {
		assertThat(html).contains(text);
		return this;
	}

	public Page doesNotContain(String text) {
		assertThat(html).doesNotContain(text);
		return this;
	}

	/** The value of the hidden CSRF field of the page's forms. */
	public String csrfToken() {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("page has a form with a CSRF token").isTrue();
		return matcher.group(1);
	}

	private String block(String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("page contains %s", start).isNotNegative();
		int to = html.indexOf(end, from);
		return html.substring(from, to < 0 ? html.length() : to);
	}
}
