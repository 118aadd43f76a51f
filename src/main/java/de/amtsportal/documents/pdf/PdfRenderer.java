package de.amtsportal.documents.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders documents people keep — receipts, decisions — as PDF/A-3a: archivable, tagged for screen readers
 * (PDF/UA: title, language, structure), with embedded Noto Sans and an sRGB output intent.
 *
 * <p>Templates are ordinary Thymeleaf templates (HTML mode) under {@code templates/pdf/}, written as
 * well-formed XHTML because the PDF engine parses XML; messages ({@code #{...}}) resolve in the given locale
 * through the application's message bundles. Answers from applicants are data, so templates print them with
 * {@code th:text}; and nothing a document names is ever fetched — no URL, no file — so neither a template nor
 * a crafted answer can make the server load anything while rendering.
 */
@Component
public class PdfRenderer {

	/** Template names are plain names: no path can lead out of {@code templates/pdf/}. */
	private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

	/** Characters XML 1.0 forbids (control characters pasted into an answer) would stop the XML parser. */
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		// the engine logs through java.util.logging to the console by default; through SLF4J it obeys logging.level
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	private final ITemplateEngine templates;

	private final PdfFonts fonts;

	public PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.fonts = PdfFonts.load();
	}

	/**
	 * Renders a Thymeleaf template (HTML mode, XHTML output) to a tagged PDF/A-3a (PDF/UA) document.
	 * @param template the name of a template under {@code templates/pdf/}, without suffix, e.g. {@code receipt}
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		if (!TEMPLATE_NAME.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a PDF template name: " + template);
		}
		String xhtml = NOT_XML.matcher(templates.process("pdf/" + template, new Context(locale, variables))).replaceAll("");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(SRGB);
		fonts.registerWith(builder);
		// fonts and styles come with the template and the code; anything else a document might name is refused
		// (the engine logs each refusal as a warning, under com.openhtmltopdf.load)
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render the PDF template " + template, e);
		}
		return pdf.toByteArray();
	}

}
