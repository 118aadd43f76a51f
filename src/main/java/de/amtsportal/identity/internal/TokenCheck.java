package de.amtsportal.identity.internal;

/** The outcome of presenting a secret link, each with its own message to the user. */
public enum TokenCheck {
	VALID, UNKNOWN, EXPIRED, USED,
	/** a newer link of the same purpose was sent since */
	REPLACED
}
