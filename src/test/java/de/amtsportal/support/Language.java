package de.amtsportal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The two languages of the portal, as a browser asks for them. */
public enum Language {

	GERMAN("de-DE,de;q=0.9,en;q=0.5"), ENGLISH("en-GB,en;q=0.9");

	private final String acceptLanguage;

	Language(String acceptLanguage) {
		this.acceptLanguage = acceptLanguage;
	}

	/** Sends the browser's Accept-Language header. */
	public RequestPostProcessor browser() {
		return request -> {
			request.addHeader("Accept-Language", acceptLanguage);
			return request;
		};
	}

	/** The text a page shows in this language. */
	public String pick(String german, String english) {
		return this == GERMAN ? german : english;
	}
}
