package de.amtsportal.catalog;

import java.util.Locale;

/** An application asks the authority to decide something; a report tells it about something (Anzeige, Meldung). */
public enum ServiceKind {
	APPLICATION, REPORT;

	/**
	 * The variant of the message keys whose words differ by kind: pages and mails of a report speak of a "Meldung",
	 * those of an application of an "Antrag" ({@code submissions.check.submit.report}, {@code ….application}).
	 */
	public String wording() {
		return name().toLowerCase(Locale.ROOT);
	}
}
