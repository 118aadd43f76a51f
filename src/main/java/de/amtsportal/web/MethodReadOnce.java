package de.amtsportal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the dispatcher a request whose method is read once. For a path with variables Spring MVC checks every
 * request mapping (about 250) and asks the request for its method several times per mapping (the method
 * condition, and whether it is a CORS pre-flight for the method, produces, headers and consumes conditions); each
 * question passes through every wrapper the security and session filters put around the request. The flight
 * recording of the submit benchmark put about a sixth of a request's CPU there (docs/benchmarks.md).
 */
class MethodReadOnce extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Request(request), response);
	}

	private static final class Request extends HttpServletRequestWrapper {

		private final String method;

		Request(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
		}

		@Override
		public String getMethod() {
			return method;
		}
	}
}
