package de.amtsportal.intranet;

/**
 * What an intranet item is: news to read, a binding circular (Rundschreiben) that may ask for confirmation, a
 * document or form of the library with versions of its file, or a process description (Prozessbeschreibung)
 * with versions of its steps.
 */
public enum ItemKind {
	NEWS, CIRCULAR, DOCUMENT, PROCESS;

	/** News and circulars: written as drafts, published once, shown on the noticeboard. */
	public boolean isMessage() {
		return this == NEWS || this == CIRCULAR;
	}
}
