package de.amtsportal.forms;

/** Who fills a form: the public (citizens, businesses) or members of the institutions (internal applications). */
public enum Audience {
	PUBLIC, INSTITUTIONS
}
