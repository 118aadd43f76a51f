package de.amtsportal.identity.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Ends a signed-in session after a fixed time however active it is (the idle timeout is the servlet
 * container's), so a session on a shared computer does not live for days.
 */
@Component
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private final IdentityProperties properties;
	private final Clock clock;

	AbsoluteSessionTimeout(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getCreationTime() + properties.absoluteSessionTimeout().toMillis() < clock.millis()) {
			boolean signedIn = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
			session.invalidate();
			if (signedIn) {
				response.sendRedirect(request.getContextPath() + "/konto/anmelden?abgelaufen");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
