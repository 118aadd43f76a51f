package de.amtsportal.open311.web;

import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The formats of the API, chosen by the resource's extension ({@code services.json}, {@code services.xml}) as
 * GeoReport v2 says. XML is the format the specification requires, so it answers where no format can be told.
 */
enum Format {

	JSON("json", new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
	XML("xml", new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	private final String extension;
	private final MediaType mediaType;

	Format(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	static Optional<Format> of(String extension) {
		for (Format format : values()) {
			if (format.extension.equals(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** The format named by the extension of a request's path, XML when it names none the API knows. */
	static Format ofPath(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 || dot < path.lastIndexOf('/') ? XML : of(path.substring(dot + 1)).orElse(XML);
	}

	String extension() {
		return extension;
	}

	MediaType mediaType() {
		return mediaType;
	}
}
