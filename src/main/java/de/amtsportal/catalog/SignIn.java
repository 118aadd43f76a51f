package de.amtsportal.catalog;

/** Whether the online application of a service needs an account. */
public enum SignIn {
	REQUIRED, OPTIONAL, NOT_OFFERED
}
