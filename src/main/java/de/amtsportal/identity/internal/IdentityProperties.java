package de.amtsportal.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code amtsportal.*} that identity reads. */
@ConfigurationProperties("amtsportal")
public record IdentityProperties(@DefaultValue("Stadt Musterstadt") String authorityName,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("12h") Duration absoluteSessionTimeout,
		@DefaultValue SignIn signIn, @DefaultValue Oidc oidc) {

	public record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("15m") Duration accountLock,
			@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration addressWindow) {
	}

	public record Oidc(@DefaultValue("") String registrationId, @DefaultValue("Servicekonto") String displayName) {
	}

	/** The base URL without a trailing slash, for links in mails. */
	public String link(String path) {
		return baseUrl.replaceAll("/+$", "") + path;
	}
}
