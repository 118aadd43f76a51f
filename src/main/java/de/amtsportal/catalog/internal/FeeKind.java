package de.amtsportal.catalog.internal;

/** No fee, one fixed amount, or an amount calculated case by case (the note says how). */
public enum FeeKind {
	NONE, FIXED, CALCULATED
}
