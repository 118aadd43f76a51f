package de.amtsportal.documents.scanning;

import java.nio.file.Path;

/** Looks at every upload before anything else reads it; without a configured scanner it lets all pass. */
public interface VirusScanner {

	/**
	 * @throws de.amtsportal.documents.UploadRejected {@code INFECTED}, or {@code SCANNER_UNAVAILABLE} when the
	 *         scanner cannot answer — an unscanned file is never accepted while a scanner is configured
	 */
	void scan(Path file);

	VirusScanner NONE = file -> {
	};
}
