package de.amtsportal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/** Records every sign-out; people who came through an identity provider are signed out there too. */
@Component
class AuditedSignOut implements LogoutHandler {

	static final String SIGNED_OUT = "/konto/abgemeldet";

	private final AuditTrail audit;
	private final IdentityProperties properties;

	AuditedSignOut(AuditTrail audit, IdentityProperties properties) {
		this.audit = audit;
		this.properties = properties;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			audit.record(AuditEvent.of(principal.getName(), "sign-out", principal.getName()));
		}
	}

	LogoutSuccessHandler successHandler(@Nullable ClientRegistrationRepository clients) {
		SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
		local.setDefaultTargetUrl(SIGNED_OUT);
		if (clients == null) {
			return local;
		}
		OidcClientInitiatedLogoutSuccessHandler oidc = new OidcClientInitiatedLogoutSuccessHandler(clients);
		// registered at the provider as a valid post-logout redirect: the canonical address, not the request's host
		oidc.setPostLogoutRedirectUri(properties.link(SIGNED_OUT));
		// a provider without an end-session endpoint: signed out here at least, and told so
		oidc.setDefaultTargetUrl(SIGNED_OUT);
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
					&& principal.signedInWithIdentityProvider()) {
				oidc.onLogoutSuccess(request, response, authentication);
			}
			else {
				local.onLogoutSuccess(request, response, authentication);
			}
		};
	}
}
