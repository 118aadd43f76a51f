package de.amtsportal.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * axe-core against WCAG 2.1 A and AA. Any violation fails the test with the rule, its impact, the elements
 * and the page, so the message alone says what to fix.
 */
final class AccessibilityCheck {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * With JavaScript switched off in the browser, the page's timers never fire, yet axe defers its work with
	 * {@code setTimeout(…, 0)} and would never finish. Only for that browser, short timers run as microtasks
	 * instead; longer ones are watchdogs for iframes and slow assets that this check does not rely on.
	 */
	private static final String TIMERS_WITHOUT_JAVASCRIPT = """
			let next = 1;
			const cleared = new Set();
			window.setTimeout = (callback, delay) => {
			  const id = next++;
			  if (!(delay > 1)) {
			    Promise.resolve().then(() => { if (!cleared.has(id)) callback(); });
			  }
			  return id;
			};
			window.clearTimeout = id => cleared.add(id);
			""";

	private AccessibilityCheck() {
	}

	static void assertNoViolations(WebDriver driver, boolean javaScriptEnabled) {
		if (!javaScriptEnabled) {
			((JavascriptExecutor) driver).executeScript(TIMERS_WITHOUT_JAVASCRIPT);
		}
		Results results = new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(driver);
		if (results.isErrored()) {
			fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail(report(driver.getCurrentUrl(), driver.getTitle(), violations));
		}
	}

	static String report(String url, String title, List<Rule> violations) {
		StringBuilder message = new StringBuilder().append(violations.size())
			.append(violations.size() == 1 ? " accessibility violation" : " accessibility violations")
			.append(" (WCAG 2.1 AA, axe-core) on ")
			.append(url)
			.append(" \"")
			.append(title)
			.append("\":");
		for (Rule rule : violations) {
			message.append("\n  - ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" (")
				.append(rule.getHelpUrl())
				.append(')');
			for (CheckedNode node : rule.getNodes()) {
				message.append("\n      at ").append(target(node.getTarget())).append(": ").append(node.getHtml());
				if (node.getFailureSummary() != null) {
					message.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
				}
			}
		}
		return message.toString();
	}

	private static String target(Object target) {
		if (target instanceof List<?> selectors) {
			return selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
		}
		return String.valueOf(target);
	}
}
