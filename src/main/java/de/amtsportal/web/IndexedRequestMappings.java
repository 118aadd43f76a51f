package de.amtsportal.web;

import java.util.ArrayList;
import java.util.Comparator;
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
 * the request's, or a variable, are tried. No mapping outside them can match, so the most specific of those that
 * match (ranked as Spring ranks them) is the one Spring would choose. Spring's own lookup decides whenever it would
 * not scan: a path without variables, which it finds directly; and whenever it answers with an error: nothing
 * matches (404, 405, 415), two mappings rank equal, a CORS pre-flight.
 */
class IndexedRequestMappings extends RequestMappingHandlerMapping {

	private volatile @Nullable Index index;

	private record Index(Map<String, List<RequestMappingInfo>> byFirstSegment, List<RequestMappingInfo> anyFirstSegment,
			Map<RequestMappingInfo, HandlerMethod> handlers) {

		/** Each bucket already holds the mappings whose first segment is a variable. */
		List<RequestMappingInfo> candidates(String lookupPath) {
			return byFirstSegment.getOrDefault(firstSegment(lookupPath), anyFirstSegment);
		}
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Index current = index();
		if (current == null || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Match> matches = new ArrayList<>(2);
		for (RequestMappingInfo candidate : current.candidates(lookupPath)) {
			RequestMappingInfo match = getMatchingMapping(candidate, request);
			if (match != null) {
				if (isLiteral(candidate)) {
					return super.lookupHandlerMethod(lookupPath, request); // Spring finds paths without variables directly
				}
				matches.add(new Match(candidate, match));
			}
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		if (matches.size() > 1) {
			// the most specific, as Spring ranks them ("/antrag/{slug}/{draft}/absenden" before ".../{page}")
			Comparator<RequestMappingInfo> ranking = getMappingComparator(request);
			matches.sort((a, b) -> ranking.compare(a.matched(), b.matched()));
			if (ranking.compare(matches.get(0).matched(), matches.get(1).matched()) == 0) {
				return super.lookupHandlerMethod(lookupPath, request); // ambiguous: Spring's error
			}
		}
		Match best = matches.get(0);
		// as Spring does: the matched info (its conditions narrowed to this request) sets the request's attributes
		handleMatch(best.matched(), lookupPath, request);
		return current.handlers().get(best.registered());
	}

	private record Match(RequestMappingInfo registered, RequestMappingInfo matched) {
	}

	private static boolean isLiteral(RequestMappingInfo info) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		return paths != null && paths.getPatterns().stream().anyMatch(p -> !p.hasPatternSyntax());
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
		List<RequestMappingInfo> anyFirst = any.stream().distinct().toList();
		byFirst.replaceAll((first, infos) -> {
			List<RequestMappingInfo> all = new ArrayList<>(infos);
			all.addAll(anyFirst);
			return List.copyOf(all);
		});
		return new Index(byFirst, anyFirst, Map.copyOf(handlers));
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
