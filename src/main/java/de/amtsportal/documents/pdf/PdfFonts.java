package de.amtsportal.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF embeds (PDF/A allows no other): Noto Sans, as on the web pages. Read once and kept in
 * memory, so that rendering touches neither the class path nor the disk.
 */
final class PdfFonts {

	/** The family name templates use in {@code font-family}. */
	static final String FAMILY = "Noto Sans";

	private final byte[] regular;

	private final byte[] bold;

	private PdfFonts(byte[] regular, byte[] bold) {
		this.regular = regular;
		this.bold = bold;
	}

	static PdfFonts load() {
		return new PdfFonts(read("fonts/NotoSans-Regular.ttf"), read("fonts/NotoSans-Bold.ttf"));
	}

	void registerWith(PdfRendererBuilder builder) {
		builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The PDF font " + path + " is missing from the class path", e);
		}
	}
}
