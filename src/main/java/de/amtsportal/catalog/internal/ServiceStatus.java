package de.amtsportal.catalog.internal;

/** Where a service stands: prepared but never shown, in the public catalogue, or taken out of it again. */
public enum ServiceStatus {
	DRAFT, PUBLISHED, WITHDRAWN
}
