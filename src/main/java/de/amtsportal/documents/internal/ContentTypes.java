package de.amtsportal.documents.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

/**
 * The real type of an upload, from its bytes alone (Tika's magic numbers): the file name and the type the
 * browser declared are never consulted, so a renamed executable stays an executable. Some types are refused
 * whatever a form allows, because a browser or viewer may run code from them (SVG and HTML carry scripts).
 */
final class ContentTypes {

	static final MediaType OOXML = MediaType.application("x-tika-ooxml");

	private static final Set<MediaType> NEVER = Set.of(MediaType.image("svg+xml"), MediaType.text("html"),
			MediaType.application("xhtml+xml"), MediaType.application("javascript"), MediaType.text("javascript"),
			MediaType.application("x-executable"), MediaType.application("x-msdownload"), MediaType.application("x-sh"),
			MediaType.application("x-elf"), MediaType.application("x-mach-o"), MediaType.application("java-archive"),
			MediaType.application("x-shockwave-flash"), MediaType.application("x-ms-shortcut"));

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
	private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

	MediaType detect(Path file) throws IOException {
		try (TikaInputStream in = TikaInputStream.get(file)) {
			// an empty Metadata: no resource name, no declared type — only the content counts
			return registry.normalize(types.detect(in, new Metadata(), new ParseContext()).getBaseType());
		}
	}

	/** Rejects the type unless one of the patterns ({@code application/pdf}, {@code image/*}) covers it. */
	void check(MediaType detected, List<String> allowed) {
		boolean never = NEVER.stream().anyMatch(type -> registry.isInstanceOf(detected, type));
		boolean covered = allowed.stream().anyMatch(pattern -> covers(pattern, detected));
		if (never || !covered) {
			throw new UploadRejected(Reason.TYPE_NOT_ALLOWED, label(detected.toString()),
					allowed.stream().map(this::label).distinct().collect(Collectors.joining(", ")));
		}
	}

	boolean isZip(MediaType type) {
		return registry.isInstanceOf(type, MediaType.APPLICATION_ZIP);
	}

	/** The usual extensions of the type, the preferred first ({@code .jpg}, {@code .jpeg}, …). */
	List<String> extensions(MediaType type) {
		try {
			return types.forName(type.toString()).getExtensions();
		}
		catch (MimeTypeException e) {
			return List.of();
		}
	}

	private boolean covers(String pattern, MediaType detected) {
		MediaType wanted = MediaType.parse(pattern.trim().toLowerCase(Locale.ROOT));
		if (wanted == null) {
			return false;
		}
		if (wanted.getType().equals("*")) {
			return true;
		}
		if (wanted.getSubtype().equals("*")) {
			return detected.getType().equals(wanted.getType());
		}
		return registry.isInstanceOf(detected, registry.normalize(wanted.getBaseType()));
	}

	/** What people know a type by: its extension in capitals (PDF, JPG), else the media type. */
	private String label(String mediaType) {
		MediaType type = MediaType.parse(mediaType);
		List<String> extensions = type == null || type.getSubtype().equals("*") ? List.of() : extensions(type);
		return extensions.isEmpty() ? mediaType : extensions.get(0).substring(1).toUpperCase(Locale.ROOT);
	}
}
