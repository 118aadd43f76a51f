package de.amtsportal.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed topics under which citizens browse the catalogue. The slug appears in readable German addresses
 * ({@code /leistungen?thema=umwelt}); the names are in the message bundle.
 */
public enum Topic {

	HOUSING_AND_REGISTRATION("wohnen-meldewesen"),
	ENVIRONMENT("umwelt"),
	TRAFFIC_AND_MOBILITY("verkehr-mobilitaet"),
	EDUCATION("bildung"),
	PUBLIC_ORDER("ordnung-sicherheit"),
	SOCIAL("soziales"),
	TAXES_AND_FEES("steuern-abgaben");

	private final String slug;

	Topic(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<Topic> bySlug(String slug) {
		return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
	}
}
