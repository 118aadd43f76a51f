package de.amtsportal.forms.definition;

/** What a field asks for; each type brings its own input, its own parsing and its own checks. */
public enum FieldType {

	TEXT, LONG_TEXT, NUMBER, DATE, EMAIL, PHONE,
	/** an IBAN, checked with its ISO 13616 checksum */
	IBAN,
	/** a German postal address: street, house number, postcode, city */
	POSTAL_ADDRESS,
	/** one option from a list (radio buttons or a select) */
	SINGLE_CHOICE,
	/** any number of options from a list (checkboxes) */
	MULTIPLE_CHOICE,
	YES_NO,
	FILE,
	/** a photo, whose EXIF position fills a position */
	PHOTO,
	/** latitude and longitude, set on a map or typed */
	POSITION,
	/** fields that belong together, shown as a fieldset */
	GROUP,
	/** a group that can be given several times, e.g. each person moving in */
	REPEAT,
	/** text for the reader, no answer */
	INFO;

	public boolean holdsChildren() {
		return this == GROUP || this == REPEAT;
	}

	public boolean isAnswered() {
		return this != INFO && this != GROUP;
	}

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}
}
