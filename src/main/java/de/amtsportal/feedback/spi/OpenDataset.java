package de.amtsportal.feedback.spi;

import java.util.List;

/**
 * A dataset published under {@code /open-data/{name}}. Texts are message keys of the publishing module's bundle,
 * resolved in German and English for the page and the catalogue. Whatever a dataset contains is public and
 * free to reuse: nothing personal may be in it.
 *
 * @param name the dataset's address below {@code /open-data}, stable (it is its identifier in the catalogue)
 * @param titleKey the title
 * @param descriptionKey what one record is and which fields it has
 * @param theme the EU data theme (e.g. {@code TRAN}, {@code ENVI}, {@code GOVE})
 * @param frequency the EU frequency of updates (e.g. {@code CONTINUOUS}, {@code MONTHLY})
 * @param distributions the downloads
 */
public record OpenDataset(String name, String titleKey, String descriptionKey, String theme, String frequency,
		List<Distribution> distributions) {

	public OpenDataset {
		distributions = List.copyOf(distributions);
	}

	/**
	 * One download of the dataset.
	 *
	 * @param path absolute path on the portal, e.g. {@code /open-data/meldungen.csv}
	 * @param format the EU file type (e.g. {@code CSV}, {@code GEOJSON})
	 * @param mediaType the IANA media type
	 * @param labelKey the link text
	 */
	public record Distribution(String path, String format, String mediaType, String labelKey) {
	}

	/** What a module implements to publish datasets. */
	public interface Publisher {

		List<OpenDataset> datasets();
	}
}
