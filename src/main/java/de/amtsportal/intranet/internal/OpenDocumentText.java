package de.amtsportal.intranet.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument file (.odt, .ods): the character data of its {@code content.xml}, one line per
 * paragraph and heading (a spreadsheet's cells hold paragraphs). The archive is read as a stream with two limits against zip bombs: the
 * content may not unpack beyond {@link #MAX_ENTRY_BYTES}, nor more than {@link #MAX_RATIO} times the size of the
 * whole file. The XML is read without DTDs or external entities.
 */
final class OpenDocumentText {

	static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
	static final int MAX_RATIO = 100;

	private static final String CONTENT = "content.xml";
	private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	/** Paragraphs and headings; a spreadsheet's cells hold paragraphs too. */
	private static final Set<String> LINES = Set.of("p", "h");
	private static final Set<String> SPACES = Set.of("s", "tab", "line-break");

	private OpenDocumentText() {
	}

	static String of(InputStream file) throws IOException {
		CountingStream counted = new CountingStream(file, Long.MAX_VALUE);
		try (ZipInputStream zip = new ZipInputStream(counted)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (CONTENT.equals(entry.getName())) {
					return text(new CountingStream(zip, MAX_ENTRY_BYTES) {
						@Override
						void check() throws IOException {
							super.check();
							// the archive read so far is at least what this entry took in it
							if (count() > 4096 && count() > MAX_RATIO * Math.max(1, counted.count())) {
								throw new TooMuchUnpacked("content.xml inflates more than " + MAX_RATIO + "-fold (zip bomb?)");
							}
						}
					});
				}
			}
			return "";
		}
	}

	private static String text(InputStream xml) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		StringBuilder text = new StringBuilder();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(xml);
			try {
				int inParagraph = 0;
				while (reader.hasNext() && text.length() < Item.MAX_FILE_TEXT) {
					int event = reader.next();
					if (event == XMLStreamConstants.START_ELEMENT && isText(reader, LINES)) {
						inParagraph++;
					}
					else if (event == XMLStreamConstants.END_ELEMENT && isText(reader, LINES)) {
						inParagraph--;
						text.append('\n');
					}
					else if (event == XMLStreamConstants.START_ELEMENT && isText(reader, SPACES)) {
						text.append(' ');
					}
					else if (inParagraph > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
						text.append(reader.getText());
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException e) {
			// the parser wraps the limit's exception when it is thrown while it reads
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooMuchUnpacked tooMuch) {
					throw tooMuch;
				}
			}
			if (e.getNestedException() instanceof TooMuchUnpacked tooMuch) {
				throw tooMuch;
			}
			throw new IOException("content.xml is not readable XML", e);
		}
		return text.toString();
	}

	private static boolean isText(XMLStreamReader reader, Set<String> names) {
		return TEXT_NS.equals(reader.getNamespaceURI()) && names.contains(reader.getLocalName());
	}

	/** A limit against zip bombs was reached. */
	static class TooMuchUnpacked extends IOException {

		TooMuchUnpacked(String message) {
			super(message);
		}
	}

	/** Counts the bytes read through it and stops at a limit. */
	private static class CountingStream extends FilterInputStream {

		private final long limit;
		private long read;

		CountingStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		long count() {
			return read;
		}

		void check() throws IOException {
			if (read > limit) {
				throw new TooMuchUnpacked("more than " + limit + " bytes unpacked (zip bomb?)");
			}
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				read++;
				check();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				read += n;
				check();
			}
			return n;
		}
	}
}
