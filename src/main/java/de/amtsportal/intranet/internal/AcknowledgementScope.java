package de.amtsportal.intranet.internal;

/**
 * Who confirms having read a circular: one member for the whole institution, or every addressed member for
 * themself (the addressed members are counted live, so a member who joins later is asked too).
 */
public enum AcknowledgementScope {
	INSTITUTION, PERSON
}
