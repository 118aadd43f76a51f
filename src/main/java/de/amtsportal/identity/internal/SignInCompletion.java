package de.amtsportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import de.amtsportal.access.Role;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/**
 * What happens after the first factor: staff go on to their second factor (or enrol one); everyone else is
 * signed in. Also finishes the sign-in once the second factor is done.
 */
@Component
public class SignInCompletion implements AuthenticationSuccessHandler {

	public static final String ENTER_CODE = "/konto/anmelden/code";
	public static final String ENROL = "/konto/zwei-faktor/einrichten";

	private final SecurityContextRepository contexts;
	private final RequestCache requestCache = new HttpSessionRequestCache();
	private final AuditTrail audit;
	private final Environment environment;

	SignInCompletion(SecurityContextRepository contexts, AuditTrail audit, Environment environment) {
		this.contexts = contexts;
		this.audit = audit;
		this.environment = environment;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		String identityProvider = authentication instanceof OAuth2AuthenticationToken token
				? token.getAuthorizedClientRegistrationId() : null;
		if (principal.requiresSecondFactor()) {
			store(request, response, new SecondFactorPending(principal, identityProvider));
			response.sendRedirect(request.getContextPath() + (principal.totpEnrolled() ? ENTER_CODE : ENROL));
			return;
		}
		// the OAuth2 token itself stays in the session: signing out at the provider needs its registration id
		complete(request, response, authentication, identityProvider == null ? "password" : "oidc");
	}

	/**
	 * Signs in fully after the second factor (or its demo-only skip).
	 * @param secondFactor how, for the audit trail: {@code totp}, {@code totp-enrolled}, {@code demo-without-totp}
	 */
	public void completeSecondFactor(HttpServletRequest request, HttpServletResponse response, SecondFactorPending pending,
			String secondFactor) throws IOException {
		AccountPrincipal principal = pending.getPrincipal();
		String identityProvider = pending.identityProvider();
		Authentication authentication = identityProvider == null
				? UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())
				: new OAuth2AuthenticationToken(principal, principal.getAuthorities(), identityProvider);
		complete(request, response, authentication, pending.firstFactor() + "+" + secondFactor);
	}

	/** Signs in fully: new session id, audit entry, and on to where they wanted to go. */
	private void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			String method) throws IOException {
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		request.changeSessionId();
		store(request, response, authentication);
		audit.record(new AuditEvent(principal.getName(), "sign-in", principal.getName(), method));
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + home(principal));
	}

	/** Whether staff may look around without enrolling a second factor: only ever in the demo run. */
	public boolean demoMaySkipSecondFactor() {
		return environment.acceptsProfiles(Profiles.of("demo")) && !environment.acceptsProfiles(Profiles.of("prod"));
	}

	private static String home(AccountPrincipal principal) {
		var roles = principal.account().roles();
		if (roles.stream().anyMatch(Role::isStaff)) {
			return "/amt";
		}
		if (roles.contains(Role.INSTITUTION_MEMBER)) {
			return "/intranet";
		}
		return "/konto";
	}

	private void store(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
