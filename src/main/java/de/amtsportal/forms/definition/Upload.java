package de.amtsportal.forms.definition;

import java.util.List;

/** Limits of a file or photo field, enforced on the server against the detected (not the declared) type. */
public record Upload(List<String> mediaTypes, long maxBytes, int maxCount) {

	public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

	public Upload {
		mediaTypes = List.copyOf(mediaTypes);
		if (maxBytes <= 0 || maxCount <= 0) {
			throw new IllegalArgumentException("Upload limits must be positive");
		}
	}
}
