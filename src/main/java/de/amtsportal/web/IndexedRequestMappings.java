package de.amtsportal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mappings looked up by the first segment of the path. For a path with variables (every draft, case and
 * Postfach page) Spring MVC tries every one of the portal's mappings in turn; here only those whose first segment is
 * the request's, or a variable, are tried. When exactly one of them matches, it is the mapping Spring would choose,
 * since no mapping outside the index can match; in every other case (none, several, a CORS pre-flight) Spring's own
 * lookup decides, with its 404/405/415 answers and its choice of the most specific mapping.
 */
class IndexedRequestMappings extends RequestMappingHandlerMapping {

	private volatile @Nullable Index index;

	private record Index(Map<String, List<RequestMappingInfo>> byFirstSegment, List<RequestMappingInfo> anyFirstSegment,
			Map<RequestMappingInfo, HandlerMethod> handlers) {

		List<RequestMappingInfo> candidates(String lookupPath) {
			List<RequestMappingInfo> found = byFirstSegment.get(firstSegment(lookupPath));
			if (found == null) {
				return anyFirstSegment;
			}
			if (anyFirstSegment.isEmpty()) {
				return found;
			}
			List<RequestMappingInfo> all = new ArrayList<>(found);
			all.addAll(anyFirstSegment);
			return all;
		}
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Index current = index();
		if (current == null || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo registered = null;
		RequestMappingInfo matched = null;
		for (RequestMappingInfo candidate : current.candidates(lookupPath)) {
			RequestMappingInfo match = getMatchingMapping(candidate, request);
			if (match != null) {
				if (matched != null) {
					return super.lookupHandlerMethod(lookupPath, request);
				}
				registered = candidate;
				matched = match;
			}
		}
		if (matched == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		// as Spring does: the matched info (its conditions narrowed to this request) sets the request's attributes
		handleMatch(matched, lookupPath, request);
		return current.handlers().get(registered);
	}

	/** Spring's own lookup, for the test that compares both over every mapping. */
	@Nullable HandlerMethod lookupBySpring(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	/** Built on first use: by then every controller is registered. Null when a mapping's paths cannot be indexed. */
	private @Nullable Index index() {
		Index built = index;
		if (built == null) {
			built = build(getHandlerMethods());
			index = built;
		}
		return built.handlers().isEmpty() ? null : built;
	}

	private static Index build(Map<RequestMappingInfo, HandlerMethod> handlers) {
		Map<String, List<RequestMappingInfo>> byFirst = new HashMap<>();
		List<RequestMappingInfo> any = new ArrayList<>();
		for (RequestMappingInfo info : handlers.keySet()) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths == null) {
				return new Index(Map.of(), List.of(), Map.of()); // string patterns: leave it all to Spring
			}
			Set<PathPattern> patterns = paths.getPatterns();
			for (String first : patterns.stream().map(p -> literalFirstSegment(p.getPatternString())).distinct().toList()) {
				if (first == null) {
					any.add(info);
				}
				else {
					byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(info);
				}
			}
			if (patterns.isEmpty()) {
				any.add(info);
			}
		}
		return new Index(byFirst, List.copyOf(any.stream().distinct().toList()), Map.copyOf(handlers));
	}

	/** The pattern's first segment if it is plain text, null if it holds a variable or wildcard. */
	static @Nullable String literalFirstSegment(String pattern) {
		String first = firstSegment(pattern);
		return first.contains("{") || first.contains("*") || first.contains("?") ? null : first;
	}

	static String firstSegment(String path) {
		int start = path.startsWith("/") ? 1 : 0;
		int end = path.indexOf('/', start);
		return end < 0 ? path.substring(start) : path.substring(start, end);
	}
}
