package de.amtsportal.intranet.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Text that publishers write as Markdown (paragraphs, lists, emphasis, links, headings), shown as HTML. Raw HTML
 * in the source is escaped by the renderer, and the result still passes an allow-list, so that no text can
 * carry a script or a style into the page.
 */
@Component
public class RichText {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4")
		.allowElements((element, attributes) -> "h3", "h1", "h2")
		.allowElements("a")
		.allowAttributes("href").onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	/** Markdown to safe HTML; headings start below the page's own h1 and h2. */
	public String html(String markdown) {
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}
}
