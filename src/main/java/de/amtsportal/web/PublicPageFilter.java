package de.amtsportal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a first visit to a public catalogue page from the {@link PublicPageCache}, and stores what it renders
 * there when the answer is the same for everyone: 200, HTML, no cookie set, no session opened. Runs after the
 * security filters, so their checks and headers apply to every answer.
 */
class PublicPageFilter extends OncePerRequestFilter {

	private final PublicPageCache cache;
	private final LocaleResolver locales;

	PublicPageFilter(PublicPageCache cache, LocaleResolver locales) {
		this.cache = cache;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!firstVisit(request)) {
			chain.doFilter(request, response);
			return;
		}
		PublicPageCache.Key key = new PublicPageCache.Key(locales.resolveLocale(request).getLanguage(), address(request));
		PublicPageCache.Page stored = cache.find(key);
		if (stored != null) {
			send(stored, response);
			return;
		}
		long changes = cache.changesSoFar();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		PublicPageCache.Page page = sameForEveryone(request, rendered);
		if (page != null) {
			cache.keep(key, page, changes);
		}
		rendered.copyBodyToResponse();
	}

	/** Nobody signed in (not even half-way), no session, no language switch, no htmx partial. */
	private static boolean firstVisit(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return HttpMethod.GET.matches(request.getMethod())
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken)
				&& request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getParameter("lang") == null && request.getHeader("HX-Request") == null;
	}

	/** The path and every parameter, in a fixed order and encoded, so that no two different requests share a key. */
	private static String address(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getRequestURI()).append('?');
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				address.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
			}
		});
		return address.toString();
	}

	private static PublicPageCache.@Nullable Page sameForEveryone(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		String contentType = rendered.getContentType();
		boolean html = contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
		if (rendered.getStatus() != HttpServletResponse.SC_OK || !html || request.getSession(false) != null
				|| rendered.getHeader(HttpHeaders.SET_COOKIE) != null) {
			return null;
		}
		return new PublicPageCache.Page(rendered.getContentAsByteArray(), contentType,
				rendered.getHeader(HttpHeaders.CONTENT_LANGUAGE));
	}

	/** In one piece with its length, as a static file server would. */
	private static void send(PublicPageCache.Page page, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}
}
