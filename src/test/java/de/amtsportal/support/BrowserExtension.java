package de.amtsportal.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each test method the {@link Browser}s it asks for as parameters, pointed at the running application.
 * After the test it checks the last page too (in case the test never looked at it), saves a screenshot of every
 * browser to {@code target/screenshots} when the test failed, and closes the browsers.
 */
class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		String baseUrl = "http://localhost:" + environment.getRequiredProperty("local.server.port");
		Browser browser = Browser.start(baseUrl, environment.getRequiredProperty("amtsportal.base-url"),
				!parameter.isAnnotated(WithoutJavaScript.class));
		browsers(context).add(browser);
		return browser;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		List<Browser> browsers = browsers(context);
		if (context.getExecutionException().isPresent()) {
			for (int i = 0; i < browsers.size(); i++) {
				browsers.get(i).saveEvidence(SCREENSHOTS, context.getRequiredTestClass().getSimpleName() + "."
						+ context.getRequiredTestMethod().getName() + displayIndex(context) + (i == 0 ? "" : "-" + (i + 1)));
			}
			return;
		}
		for (Browser browser : browsers) {
			browser.ensureChecked();
			System.out.println(context.getDisplayName() + ": axe-core found no violations on " + browser.checkedPages());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<Browser> browsers = browsers(context);
		for (Browser browser : browsers) {
			browser.close();
		}
		browsers.clear();
	}

	@SuppressWarnings("unchecked")
	private static List<Browser> browsers(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent("browsers", key -> new ArrayList<Browser>(), List.class);
	}

	/** Parameterised tests run one method several times; each run gets its own screenshot. */
	private static String displayIndex(ExtensionContext context) {
		String name = context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return name.isEmpty() || name.startsWith(context.getRequiredTestMethod().getName()) ? "" : "-" + name;
	}
}
