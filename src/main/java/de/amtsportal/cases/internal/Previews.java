package de.amtsportal.cases.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.Documents;

/**
 * Small PNG previews of the images and PDFs of a case file, drawn on the server: an image is decoded and drawn
 * anew (nothing of the upload but its pixels reaches the browser), a PDF shows its first page as a picture — the
 * browser never opens the PDF itself. Pictures larger than {@link #MAX_PIXELS} are not decoded at all.
 */
@Component
public class Previews {

	static final int WIDTH = 320;
	static final long MAX_PIXELS = 40_000_000L;

	private final Documents documents;

	Previews(Documents documents) {
		this.documents = documents;
	}

	/** The preview as PNG bytes, or empty when the document cannot be drawn (damaged, too large, another type). */
	public Optional<byte[]> of(UUID documentId, String mediaType) {
		try (InputStream content = documents.open(documentId)) {
			BufferedImage image = "application/pdf".equals(mediaType) ? firstPage(content.readAllBytes())
					: mediaType.startsWith("image/") ? picture(content) : null;
			return image == null ? Optional.empty() : Optional.of(png(scaled(image)));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static BufferedImage firstPage(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
			if (document.getNumberOfPages() == 0) {
				return null;
			}
			float pageWidth = document.getPage(0).getMediaBox().getWidth();
			float scale = pageWidth <= 0 ? 0.5f : Math.min(2f, WIDTH / pageWidth);
			return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
		}
	}

	private static BufferedImage picture(InputStream content) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(content)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage scaled(BufferedImage image) {
		int width = Math.min(WIDTH, image.getWidth());
		int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return scaled;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
