package de.amtsportal.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (the Debian package) that a test drives the way a person would: open a page, follow a
 * link by its text, fill a field by its label, press a button by its text. Every page it lands on is checked
 * with axe-core for WCAG 2.1 AA before the test may look at it, so no page escapes the check.
 * <p>
 * The browser speaks German ({@code Accept-Language: de-DE}) like most of the portal's users; tests switch to
 * English with the language links.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(15);

	/** Selenium warns about CDP versions on every start; the tests never use CDP. Kept here so it is not collected. */
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	static {
		SELENIUM_LOG.setLevel(Level.SEVERE);
	}

	private final ChromeDriver driver;
	private final Path profile;
	private final String baseUrl;
	private final String mailBaseUrl;
	private final boolean javaScript;
	private final List<String> checkedPages = new ArrayList<>();
	private WebElement checkedDocument;

	private Browser(ChromeDriver driver, Path profile, String baseUrl, String mailBaseUrl, boolean javaScript) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
		this.mailBaseUrl = mailBaseUrl;
		this.javaScript = javaScript;
	}

	/**
	 * Starts a fresh browser with its own empty profile.
	 * @param baseUrl where the application runs, e.g. {@code http://localhost:51234}
	 * @param mailBaseUrl the {@code amtsportal.base-url} that links in mails start with
	 * @param javaScript false for a browser in which JavaScript is switched off
	 */
	public static Browser start(String baseUrl, String mailBaseUrl, boolean javaScript) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": apt-get install -y chromium chromium-driver");
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("amtsportal-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=de-DE");
		options.setExperimentalOption("prefs", javaScript ? Map.of("intl.accept_languages", "de-DE,de")
				: Map.of("intl.accept_languages", "de-DE,de", "profile.managed_default_content_settings.javascript", 2));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
		Browser browser = new Browser(driver, profile, baseUrl, mailBaseUrl, javaScript);
		if (!javaScript) {
			browser.proveJavaScriptIsOff();
		}
		return browser;
	}

	public boolean javaScriptEnabled() {
		return javaScript;
	}

	// --- going somewhere -------------------------------------------------------------------------------

	/** Types an address of the portal into the address bar, e.g. {@code open("/kontakt")}. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		ensureChecked();
		return this;
	}

	/** Opens a link from a mail; mails link to {@code amtsportal.base-url}, the test server runs on its own port. */
	public Browser openFromMail(String link) {
		if (!link.startsWith(mailBaseUrl)) {
			throw new AssertionError("The mail links to " + link + ", not to the portal at " + mailBaseUrl);
		}
		driver.get(baseUrl + link.substring(mailBaseUrl.length()));
		ensureChecked();
		return this;
	}

	/** Clicks the (first visible) link with exactly this text and waits for the next page. */
	public Browser clickLink(String text) {
		WebElement link = visible(By.tagName("a"), text, "link");
		navigate(() -> click(link));
		return this;
	}

	/** Clicks the (first visible) button with exactly this text and waits for the next page. */
	public Browser press(String text) {
		WebElement button = visible(By.cssSelector("button, input[type=submit]"), text, "button");
		navigate(() -> click(button));
		return this;
	}

	/** Presses a key on whatever has the focus, as a keyboard user would; a page it leads to is checked when looked at. */
	public Browser key(CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
		return this;
	}

	public Browser tab() {
		return key(Keys.TAB);
	}

	// --- filling in forms ------------------------------------------------------------------------------

	/** Types into the field that the label with exactly this text belongs to. */
	public Browser fill(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Ticks the checkbox with this label, by clicking the label as people do. */
	public Browser tick(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			click(label(label));
		}
		if (!box.isSelected()) {
			throw new AssertionError("Clicking the label \"" + label + "\" did not tick its checkbox");
		}
		return this;
	}

	/** Chooses a file for the upload field with this label, as the file dialog would. */
	public Browser attach(String label, java.nio.file.Path file) {
		field(label).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** The browser's cookies as a Cookie header, to fetch what a link would download (a PDF) outside the browser. */
	public String cookieHeader() {
		return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/** The portal's address for a path, as the browser reaches it. */
	public URI address(String path) {
		return URI.create(baseUrl + path);
	}

	/** Chooses the option with this text in the select list with this label. */
	public Browser choose(String label, String option) {
		new Select(field(label)).selectByVisibleText(option);
		return this;
	}

	/** The current value of the field with this label. */
	public String value(String label) {
		return field(label).getDomProperty("value");
	}

	// --- looking at the page ---------------------------------------------------------------------------

	/** Path and query of the current page, e.g. {@code /konto/anmelden?bestaetigt}. */
	public String path() {
		ensureChecked();
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/** The text of the page's one {@code h1}. */
	public String heading() {
		ensureChecked();
		List<WebElement> headings = driver.findElements(By.tagName("h1"));
		if (headings.size() != 1) {
			throw new AssertionError("Expected one h1 on " + driver.getCurrentUrl() + ", found " + headings.size());
		}
		return normalise(headings.get(0).getText());
	}

	/** All text a person sees on the page. */
	public String text() {
		ensureChecked();
		return normalise(driver.findElement(By.tagName("body")).getText());
	}

	/** The visible text of the element this CSS selector finds. */
	public String text(String cssSelector) {
		return normalise(element(cssSelector).getText());
	}

	/** The visible texts of all elements this CSS selector finds. */
	public List<String> texts(String cssSelector) {
		ensureChecked();
		return driver.findElements(By.cssSelector(cssSelector)).stream().map(e -> normalise(e.getText())).toList();
	}

	/** The links and buttons of the navigation landmark with this accessible name, in order. */
	public List<String> navigation(String name) {
		ensureChecked();
		WebElement nav = driver.findElements(By.tagName("nav")).stream()
			.filter(n -> name.equals(n.getAttribute("aria-label")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No navigation \"" + name + "\" on " + driver.getCurrentUrl()));
		return nav.findElements(By.cssSelector("a, button")).stream().map(e -> normalise(e.getText())).toList();
	}

	public WebElement element(String cssSelector) {
		ensureChecked();
		try {
			return driver.findElement(By.cssSelector(cssSelector));
		}
		catch (NoSuchElementException e) {
			throw new AssertionError("Nothing matches " + cssSelector + " on " + driver.getCurrentUrl());
		}
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		ensureChecked();
		return driver.switchTo().activeElement();
	}

	/** Whether this element is inside the visible part of the window (not moved off-screen). */
	public boolean inViewport(WebElement element) {
		var rect = element.getRect();
		var window = driver.manage().window().getSize();
		return rect.getWidth() > 1 && rect.getHeight() > 1 && rect.getX() >= 0 && rect.getY() >= 0
				&& rect.getX() + rect.getWidth() <= window.getWidth();
	}

	/** Every page this browser checked with axe-core, in order. */
	List<String> checkedPages() {
		return List.copyOf(checkedPages);
	}

	// --- the machinery ---------------------------------------------------------------------------------

	/**
	 * Checks the current page with axe-core unless that very document was checked already. Called before any
	 * look at a page, and by {@link BrowserExtension} after each test, so every page a test reaches is checked.
	 */
	void ensureChecked() {
		if (checkedDocument != null && !isStale(checkedDocument)) {
			return;
		}
		waitForLoad();
		AccessibilityCheck.assertNoViolations(driver, javaScript);
		checkedDocument = driver.findElement(By.tagName("html"));
		checkedPages.add(driver.getCurrentUrl());
	}

	/** Saves a screenshot and the page's HTML, to see what the browser saw when a test failed. */
	void saveEvidence(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(directory.resolve(name + ".html"),
					"<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Could not save the screenshot " + name + ": " + e);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ignored) {
				// a leftover temporary profile does no harm
			}
		}
	}

	private void navigate(Runnable action) {
		WebElement before = driver.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(driver, WAIT).withMessage("the next page to load after " + driver.getCurrentUrl())
			.until(d -> isStale(before));
		ensureChecked();
	}

	/**
	 * KERN UX scrolls smoothly, so the driver would click where the element was before the scrolling ended;
	 * bring it into view at once, as a person would scroll before clicking.
	 */
	private void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
	}

	private void waitForLoad() {
		new WebDriverWait(driver, WAIT).withMessage("the page to load")
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** The pref that switches JavaScript off has changed its name before; a test without JavaScript must know. */
	private void proveJavaScriptIsOff() {
		driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
		if (!"off".equals(driver.getTitle())) {
			close();
			throw new IllegalStateException("Chromium ran JavaScript although it was switched off");
		}
	}

	private WebElement visible(By by, String text, String what) {
		ensureChecked();
		return driver.findElements(by).stream()
			.filter(e -> text.equals(normalise(e.getText())) && e.isDisplayed())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No visible " + what + " \"" + text + "\" on " + driver.getCurrentUrl()
					+ "; there are: " + driver.findElements(by).stream().filter(WebElement::isDisplayed)
						.map(e -> normalise(e.getText())).toList()));
	}

	private WebElement label(String text) {
		ensureChecked();
		// one round trip for the usual case; reading the text of every label one by one is slow on long forms
		if (!text.contains("'")) {
			var quick = driver.findElements(By.xpath("//label[normalize-space(.)='" + text + "']")).stream()
				.filter(WebElement::isDisplayed)
				.findFirst();
			if (quick.isPresent()) {
				return quick.get();
			}
		}
		return driver.findElements(By.tagName("label")).stream()
			.filter(l -> text.equals(normalise(l.getText())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No label \"" + text + "\" on " + driver.getCurrentUrl() + "; there are: "
					+ driver.findElements(By.tagName("label")).stream().map(l -> normalise(l.getText())).toList()));
	}

	private WebElement field(String labelText) {
		String id = label(labelText).getAttribute("for");
		if (id == null || id.isEmpty()) {
			throw new AssertionError("The label \"" + labelText + "\" is not tied to a field (no for attribute)");
		}
		return driver.findElement(By.id(id));
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException gone) {
			return true;
		}
		catch (WebDriverException e) {
			// Chromium sometimes reports an element of a document it has just left this way instead of as stale
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}
}
