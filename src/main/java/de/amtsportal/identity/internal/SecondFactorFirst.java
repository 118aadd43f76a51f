package de.amtsportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Someone half-way through sign-in is sent to the second factor; everyone else gets the 403 page. */
class SecondFactorFirst implements AccessDeniedHandler {

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending) {
			response.sendRedirect(request.getContextPath()
					+ (pending.getPrincipal().totpEnrolled() ? SignInCompletion.ENTER_CODE : SignInCompletion.ENROL));
			return;
		}
		forbidden.handle(request, response, denied);
	}
}
