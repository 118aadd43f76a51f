package de.amtsportal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.SignedInAccount;

/**
 * What every page's layout needs: the authority's name, who is signed in, the session's idle timeout, and where
 * maps (report positions) get their tiles.
 */
@ControllerAdvice
class LayoutModel {

	private final String authorityName;
	private final CurrentUser currentUser;
	private final boolean demo;
	private final MapSettings map;

	LayoutModel(@Value("${amtsportal.authority-name}") String authorityName, CurrentUser currentUser,
			Environment environment) {
		this.authorityName = authorityName;
		this.map = new MapSettings(environment.getProperty("amtsportal.reports.tiles.url", ""),
				environment.getProperty("amtsportal.reports.tiles.attribution", ""),
				environment.getProperty("amtsportal.reports.centre.lat", "51.1657"), environment.getProperty("amtsportal.reports.centre.lon", "10.4515"));
		this.currentUser = currentUser;
		this.demo = environment.acceptsProfiles(Profiles.of("demo & !prod"));
	}

	@ModelAttribute("authorityName")
	String authorityName() {
		return authorityName;
	}

	@ModelAttribute("demo")
	boolean demo() {
		return demo;
	}

	/** Read by the map script from the page's head; a page without a map ignores it. */
	record MapSettings(String tiles, String attribution, String lat, String lon) {
	}

	@ModelAttribute("mapSettings")
	MapSettings map() {
		return map;
	}

	@ModelAttribute("me")
	SignedInAccount me() {
		return currentUser.get().orElse(null);
	}

	/** Seconds until the session ends when idle; the page warns before then (WCAG 2.2.1). */
	@ModelAttribute("sessionIdleSeconds")
	Integer sessionIdleSeconds(HttpServletRequest request) {
		var session = request.getSession(false);
		return session == null ? null : session.getMaxInactiveInterval();
	}
}
