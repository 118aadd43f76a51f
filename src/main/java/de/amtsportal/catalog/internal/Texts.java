package de.amtsportal.catalog.internal;

import java.util.List;

/**
 * Everything of a service that is written in one language, including its privacy notice (Art. 13 GDPR).
 * In the English texts an empty part means "not translated": the page shows the German text instead.
 */
public record Texts(String name, String summary, String description, List<String> documents, String feeNote,
		String processingTime, String legalBasis, String privacyPurposes, String privacyLegalBasis,
		String privacyRecipients, String privacyRetention, String privacyContact) {

	public static final Texts NONE = new Texts("", "", "", List.of(), "", "", "", "", "", "", "", "");

	public Texts {
		documents = List.copyOf(documents);
	}
}
