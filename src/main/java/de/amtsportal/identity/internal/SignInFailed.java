package de.amtsportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the sign-in page with the reason, which the page shows in the user's language. */
@Component
class SignInFailed implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof SignInRejected rejected ? rejected.reason().name().toLowerCase()
				: "credentials";
		response.sendRedirect(request.getContextPath() + "/konto/anmelden?fehler=" + reason);
	}
}
