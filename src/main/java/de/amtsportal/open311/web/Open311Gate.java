package de.amtsportal.open311.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import de.amtsportal.open311.internal.ApiClients;
import de.amtsportal.open311.internal.ApiClients.ApiClient;
import de.amtsportal.open311.internal.Open311Properties;
import de.amtsportal.open311.internal.RequestBudgets;

/**
 * In front of every Open311 resource, in this order: a body larger than allowed is refused before it is read
 * (413; a POST that does not say its length gets 411), a given api_key must be valid and not revoked (403), a
 * POST needs one (403), and each client keeps to its budget — per key, or per address without a key (429 with
 * Retry-After). The valid client is left in the request for the controllers.
 */
class Open311Gate extends OncePerRequestFilter {

	static final String CLIENT = Open311Gate.class.getName() + ".client";

	private final ApiClients clients;
	private final RequestBudgets budgets;
	private final ErrorAnswers errors;
	private final Open311Properties properties;

	Open311Gate(ApiClients clients, RequestBudgets budgets, ErrorAnswers errors, Open311Properties properties) {
		this.clients = clients;
		this.budgets = budgets;
		this.errors = errors;
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// POST is the one method that files something; others with a body are bounded too, then refused (405)
		boolean writes = HttpMethod.POST.matches(request.getMethod());
		boolean hasBody = writes || HttpMethod.PUT.matches(request.getMethod()) || HttpMethod.PATCH.matches(request.getMethod());
		if (hasBody) {
			long length = request.getContentLengthLong();
			if (length < 0) {
				refuse(request, response, HttpStatus.LENGTH_REQUIRED, null, "open311.error.length-required");
				return;
			}
			if (length > limit(request)) {
				refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, null, "open311.error.too-large");
				return;
			}
		}
		String key = request.getParameter("api_key");
		Optional<ApiClient> client = key == null || key.isBlank() ? Optional.empty() : clients.byKey(key.trim());
		if (key != null && !key.isBlank() && client.isEmpty()) {
			refuse(request, response, HttpStatus.FORBIDDEN, null, "open311.error.key-invalid");
			return;
		}
		if (writes && client.isEmpty()) {
			refuse(request, response, HttpStatus.FORBIDDEN, null, "open311.error.key-missing");
			return;
		}
		Duration wait = client.map(c -> budgets.forKey(c.keyId(), c.requestsPerMinute()))
			.orElseGet(() -> budgets.forAddress(request.getRemoteAddr()));
		if (!wait.isZero()) {
			refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, wait, "open311.error.too-many");
			return;
		}
		client.ifPresent(c -> request.setAttribute(CLIENT, c));
		chain.doFilter(request, response);
	}

	/** A photo may come along as multipart; a form alone is small. */
	private long limit(HttpServletRequest request) {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		return (multipart ? properties.maxUploadSize() : properties.maxFormSize()).toBytes();
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Duration retryAfter,
			String key) throws IOException {
		errors.write(request, response, status, retryAfter, List.of(Open311Failure.problem(key)));
	}
}
