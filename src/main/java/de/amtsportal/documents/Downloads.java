package de.amtsportal.documents;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Download responses for stored documents: always an attachment (never shown inline, so an uploaded file can
 * never run as a page of the portal), the name as RFC 6266 {@code filename*} in UTF-8 with an ASCII fallback,
 * {@code nosniff} so that browsers keep the detected type, a sandboxing CSP in case a browser renders it
 * anyway, and no caching of personal documents.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<Resource> attachment(StoredDocument document, InputStream content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.contentLength(document.size())
			.body(new InputStreamResource(content));
	}

	/** {@code attachment; filename="Antrag_Muller.pdf"; filename*=UTF-8''Antrag_M%C3%BCller.pdf} */
	static String contentDisposition(String fileName) {
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded;
	}

	/** For the few clients that ignore {@code filename*}: umlauts spelt out, everything else non-ASCII as _. */
	private static String asciiFallback(String fileName) {
		String spelt = fileName.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
			.replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
		String stripped = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		StringBuilder ascii = new StringBuilder(stripped.length());
		stripped.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
		return ascii.toString();
	}
}
