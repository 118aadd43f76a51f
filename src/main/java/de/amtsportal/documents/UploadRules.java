package de.amtsportal.documents;

import java.util.List;

/**
 * What an upload may be: media types as the content reveals them (wildcards such as {@code image/*} allowed) and
 * a size limit in bytes — for example a form field's upload settings.
 */
public record UploadRules(List<String> mediaTypes, long maxBytes) {

	public UploadRules {
		mediaTypes = List.copyOf(mediaTypes);
		if (mediaTypes.isEmpty() || maxBytes <= 0) {
			throw new IllegalArgumentException("an upload needs at least one media type and a positive size limit");
		}
	}
}
