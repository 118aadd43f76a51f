package de.amtsportal.forms.definition;

/** A choice of a single- or multiple-choice field: the value stored, the label shown. */
public record Option(String value, Text label) {
}
