package de.amtsportal.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the sign-in page with the reason, which the page shows in the user's language. */
@Component
class SignInFailed implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInFailed.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/konto/anmelden?fehler=" + reason(exception));
	}

	/** The value of {@code fehler}: one of the {@code identity.sign-in.error.*} keys. */
	static String reason(AuthenticationException exception) {
		if (exception instanceof SignInRejected rejected) {
			return rejected.reason().name().toLowerCase(Locale.ROOT);
		}
		if (exception instanceof OAuth2AuthenticationException oauth) {
			String code = oauth.getError().getErrorCode();
			return switch (code) {
				case AccountOidcUserService.EMAIL_NOT_VERIFIED -> "oidc-unverified";
				case AccountOidcUserService.LINKED_ELSEWHERE -> "oidc-linked";
				case AccountOidcUserService.MISSING_EMAIL -> "oidc-email";
				case AccountOidcUserService.ACCOUNT_UNCONFIRMED -> "unconfirmed";
				case AccountOidcUserService.ACCOUNT_DISABLED -> "disabled";
				default -> {
					// the person only learns that it did not work; operators need the provider's reason
					// (a wrong client secret, clock skew, a cancelled sign-in, ...)
					log.warn("Sign-in through the identity provider failed: {} {}", code,
							oauth.getError().getDescription());
					yield "oidc";
				}
			};
		}
		return "credentials";
	}
}
