package de.amtsportal.intranet;

/**
 * What an intranet item is: news to read, a binding circular (Rundschreiben) that may ask for confirmation, or a
 * document or form of the library, with versions of its file.
 */
public enum ItemKind {
	NEWS, CIRCULAR, DOCUMENT
}
