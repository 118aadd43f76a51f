package de.amtsportal.forms.fim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The XDatenfelder versions this import reads, told apart by the namespace of the message. Where the versions
 * name the same thing differently, the difference lives here.
 */
enum FimVersion {

	V2("urn:xoev-de:fim:standard:xdatenfelder_2", "bezeichnungEingabe"),
	V3("urn:xoev-de:fim:standard:xdatenfelder_3.0.0", "bezeichnung");

	static final String MESSAGE = "xdatenfelder.stammdatenschema.0102";
	static final String NAMESPACE_FAMILY = "urn:xoev-de:fim:standard:xdatenfelder";

	final String namespace;
	/** where the schema keeps the label that becomes the form title */
	final String schemaLabel;

	FimVersion(String namespace, String schemaLabel) {
		this.namespace = namespace;
		this.schemaLabel = schemaLabel;
	}

	static Optional<FimVersion> of(String namespace) {
		return Arrays.stream(values()).filter(v -> v.namespace.equals(namespace)).findFirst();
	}
}
