package de.amtsportal.catalog;

/** An application asks the authority to decide something; a report tells it about something (Anzeige, Meldung). */
public enum ServiceKind {
	APPLICATION, REPORT
}
