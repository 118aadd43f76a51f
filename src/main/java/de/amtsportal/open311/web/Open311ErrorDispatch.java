package de.amtsportal.open311.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The container's error dispatch for a failed Open311 request — an address the API does not have (404), a method
 * a resource does not take (405), a body the container refused — answers in the specification's error format
 * instead of the portal's error page.
 */
class Open311ErrorDispatch extends OncePerRequestFilter {

	private final ErrorAnswers errors;

	Open311ErrorDispatch(ErrorAnswers errors) {
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return !(failed instanceof String path && path.startsWith(request.getContextPath() + "/open311/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		String key = switch (status) {
			case NOT_FOUND -> "open311.error.not-found";
			case METHOD_NOT_ALLOWED -> "open311.error.method";
			case PAYLOAD_TOO_LARGE -> "open311.error.too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "open311.error.media-type";
			case BAD_REQUEST -> "open311.error.unreadable";
			default -> status.is4xxClientError() ? "open311.error.refused" : "open311.error.internal";
		};
		errors.write(request, response, status.is4xxClientError() ? status : HttpStatus.INTERNAL_SERVER_ERROR, null,
				List.of(Open311Failure.problem(key)));
	}
}
