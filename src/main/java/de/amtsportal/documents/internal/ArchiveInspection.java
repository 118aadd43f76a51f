package de.amtsportal.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.mime.MediaType;

import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

/**
 * ZIP-based uploads (docx, xlsx, odt, zip): unpacks every entry into nothing and counts the bytes that really
 * come out — the sizes an archive declares can lie — and stops as soon as the total passes the limit, so a
 * "zip bomb" costs a few milliseconds. Also tells which Office document an OOXML container is, from its
 * {@code [Content_Types].xml}, because Tika's core only knows it is "some OOXML".
 */
final class ArchiveInspection {

	private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
	/** main-part content type → document type; macro-enabled variants map to their own (rarely allowed) types */
	private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-word.document.macroenabled.12",
			"application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.ms-excel.sheet.macroenabled.12");

	private final DocumentsProperties.Archives limits;

	ArchiveInspection(DocumentsProperties.Archives limits) {
		this.limits = limits;
	}

	/** @return the detected type, made precise for OOXML containers */
	MediaType inspect(Path file, MediaType detected) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long limit = Math.min(limits.maxUncompressed().toBytes(),
					Math.max(Files.size(file) * limits.maxRatio(), 10L * 1024 * 1024));
			if (zip.size() > limits.maxEntries()) {
				throw new UploadRejected(Reason.ARCHIVE_BOMB);
			}
			long total = 0;
			String contentTypes = "";
			byte[] buffer = new byte[64 * 1024];
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				boolean keep = entry.getName().equals("[Content_Types].xml");
				StringBuilder kept = new StringBuilder();
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						total += read;
						if (total > limit) {
							throw new UploadRejected(Reason.ARCHIVE_BOMB);
						}
						if (keep && kept.length() < MAX_CONTENT_TYPES_BYTES) {
							kept.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
						}
					}
				}
				if (keep) {
					contentTypes = kept.toString();
				}
			}
			return detected.equals(ContentTypes.OOXML) ? ooxmlType(contentTypes, detected) : detected;
		}
		catch (IOException e) {
			throw new UploadRejected(Reason.UNREADABLE, e);
		}
	}

	private static MediaType ooxmlType(String contentTypes, MediaType fallback) {
		return OOXML_MAIN_PARTS.entrySet().stream()
			.filter(part -> contentTypes.contains("\"" + part.getKey() + "\""))
			.map(part -> MediaType.parse(part.getValue()))
			.findFirst()
			.orElse(fallback);
	}
}
