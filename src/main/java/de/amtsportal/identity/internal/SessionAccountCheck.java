package de.amtsportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.amtsportal.identity.SignedInAccount;

/**
 * A session carries the roles its account had at sign-in. When an administrator deactivates an account or
 * changes its roles, that has to hold at once and on every instance, not when the session happens to end:
 * so each request of a signed-in session compares the session with the stored account (one read by primary
 * key). A deactivated or deleted account is signed out. Changed roles replace the session's roles, unless
 * the new roles call for a second factor this sign-in did not go through, or the sign-in came through an
 * identity provider (whose tokens the session must keep): then the person signs in again.
 */
@Component
class SessionAccountCheck extends OncePerRequestFilter {

	private static final String[] STATIC = { "/vendor/", "/css/", "/js/", "/img/", "/favicon.ico" };

	private final Accounts accounts;
	private final SecurityContextRepository contexts;

	SessionAccountCheck(Accounts accounts, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : STATIC) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		Account account = accounts.findById(principal.account().id().value()).orElse(null);
		if (account == null || account.status() != Account.Status.ACTIVE) {
			signOut(request, response, "/konto/anmelden?fehler=disabled");
			return;
		}
		if (!sameGrants(principal.account(), account.view())) {
			boolean secondFactorStillFits = principal.requiresSecondFactor() || !account.requiresSecondFactor();
			if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !secondFactorStillFits) {
				signOut(request, response, "/konto/anmelden?abgelaufen");
				return;
			}
			AccountPrincipal current = AccountPrincipal.of(account);
			current.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}

	private static boolean sameGrants(SignedInAccount session, SignedInAccount stored) {
		return session.roles().equals(stored.roles()) && session.caseworkerUnits().equals(stored.caseworkerUnits())
				&& session.reviewerUnits().equals(stored.reviewerUnits())
				&& session.institutions().equals(stored.institutions())
				&& session.targetGroups().equals(stored.targetGroups());
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + target);
	}
}
