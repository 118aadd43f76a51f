package de.amtsportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import de.amtsportal.support.IntegrationTest;

/**
 * The indexed lookup chooses what Spring's own lookup chooses, for a request to every path of every mapping of the
 * portal with each of its methods, and for requests that match nothing or use the wrong method.
 */
@IntegrationTest
class IndexedRequestMappingsTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyMappingIsFoundAsSpringFindsIt() throws Exception {
		IndexedRequestMappings indexed = (IndexedRequestMappings) mappings;
		int compared = 0;
		for (RequestMappingInfo info : indexed.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = concrete(pattern.getPatternString());
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					assertThat(choice(indexed, method.name(), path, true)).as("%s %s", method, path)
						.isEqualTo(choice(indexed, method.name(), path, false));
					compared++;
				}
			}
		}
		assertThat(compared).as("requests compared").isGreaterThan(200);
	}

	@Test
	void unknownPathsAndWrongMethodsGetSpringsAnswers() throws Exception {
		IndexedRequestMappings indexed = (IndexedRequestMappings) mappings;
		for (String[] request : new String[][] { { "GET", "/antrag/sperrmuell-abholung/0b6f4a4e-7c53-4c1e-9a0e-2f1d1d1d1d1d/absenden" },
				{ "DELETE", "/leistungen" }, { "DELETE", "/antrag/a/0b6f4a4e-7c53-4c1e-9a0e-2f1d1d1d1d1d/absenden" }, { "GET", "/gibt-es-nicht/1/2" }, { "POST", "/postfach/x/y/z/w" } }) {
			Object ours = choice(indexed, request[0], request[1], true);
			assertThat(ours).as("%s %s", request[0], request[1]).isEqualTo(choice(indexed, request[0], request[1], false));
		}
		assertThat(choice(indexed, "DELETE", "/antrag/sperrmuell-abholung/0b6f4a4e-7c53-4c1e-9a0e-2f1d1d1d1d1d/absenden", true))
			.as("a method no mapping of the path has").isEqualTo("HttpRequestMethodNotSupportedException");
		assertThat(choice(indexed, "POST", "/antrag/sperrmuell-abholung/0b6f4a4e-7c53-4c1e-9a0e-2f1d1d1d1d1d/absenden", true))
			.as("the submit").asString().contains("ApplicationJourney#submit");
	}

	/** The handler method chosen, or the name of the exception Spring answers with (404, 405, 415 …). */
	private static Object choice(IndexedRequestMappings mappings, String method, String path, boolean indexed) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			Object found = indexed ? mappings.lookupHandlerMethod(path, request) : mappings.lookupBySpring(path, request);
			return String.valueOf(found);
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}

	/** A path the pattern matches: every variable becomes a text that any variable accepts. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "rest/of/path").replaceAll("\\{[^}]*}", "0b6f4a4e-7c53-4c1e-9a0e-2f1d1d1d1d1d")
			.replace("**", "a/b").replace("*", "a");
	}
}
