package de.amtsportal.reports;

/** The coarse status the public and Open311 see: Open311 knows only open and closed. */
public enum PublicStatus {
	OPEN, CLOSED
}
