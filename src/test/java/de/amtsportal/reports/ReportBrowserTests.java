package de.amtsportal.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen reports a broken street light: chooses the category, starts from a photo whose EXIF position fills the
 * position, is shown the open report nearby, sends anyway and gets the confirmation; the public list and page show
 * the new report without its photo (not released) and without anything personal. In German with JavaScript (the
 * map is there), in English without (typed coordinates and address). Every page is checked with axe-core.
 */
@BrowserTest
class ReportBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void citizenReportsWithAPhotoInGerman(Browser browser) {
		report(browser, Language.GERMAN);
	}

	@Test
	void citizenReportsWithTypedCoordinatesInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		report(browser, Language.ENGLISH);
	}

	private void report(Browser browser, Language l) {
		String name = "Straßenlicht " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		String code = new ReportFixtures(context).category(new TestAccounts(context).unit("Tiefbauamt"), name);
		String nearby = reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.516300"), new BigDecimal("13.377700")),
				"Pariser Platz 1", "Leuchte aus.", "nachbar@teststadt.example", "Max", "Nachbar", Map.of(), List.of(), null, Locale.GERMAN)).reference();

		browser.open("/");
		if (l == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(l.pick("Mängelmelder", "Report a problem"));
		assertThat(browser.heading()).contains(l.pick("Gemeldete Mängel", "Reported problems"));
		assertThat(browser.text()).contains(nearby);
		browser.clickLink(l.pick("Neuen Mangel melden", "Report a new problem"));
		browser.clickLink(name);
		browser.press(l.pick("Antrag beginnen", "Start the application"));
		assertThat(browser.text()).contains(l.pick("Schritt 1 von 3", "Step 1 of 3"));

		if (browser.javaScriptEnabled()) {
			await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> browser.element("[data-position-map] .leaflet-container") != null);
			assertThat(browser.element("[data-position-map] .leaflet-container").getDomAttribute("aria-label")).contains("Karte");
			browser.attach("Fotos (optional)", file("Laterne.jpg", SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5166, 13.3779, "Erika Melderin")));
		}
		else {
			browser.fill("Latitude", "52.5166").fill("Longitude", "13.3779").fill("Address (optional)", "Pariser Platz 3");
		}
		browser.press(l.pick("Weiter", "Continue"));
		assertThat(browser.text()).contains(l.pick("Schritt 2 von 3", "Step 2 of 3"));
		browser.fill(l.pick("Beschreibung", "Description"), "Die Laterne vor Hausnummer 3 ist seit Tagen dunkel.")
			.fill(l.pick("Mast-Nummer (optional)", "Pole number (optional)"), "M-0815")
			.press(l.pick("Weiter", "Continue"));
		browser.fill(l.pick("E-Mail-Adresse (optional)", "E-mail address (optional)"), "erika.melderin@teststadt.example")
			.press(l.pick("Weiter", "Continue"));

		assertThat(browser.text()).contains("52.5166", "13.3779");
		assertThat(browser.text(".portal-nearby")).contains(l.pick("Ist es eine dieser Meldungen?", "Is it one of these reports?"), nearby);
		browser.press(l.pick("Antrag verbindlich absenden", "Send the application"));
		assertThat(browser.text()).contains(l.pick("Ihr Antrag ist eingegangen", "Your application has been received"));
		String reference = browser.text(".portal-reference");

		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from report where reference = ?", Integer.class,
				reference) == 1);
		browser.open("/meldungen?kategorie=" + code);
		assertThat(browser.text()).contains(reference, nearby);
		browser.clickLink(name + " " + reference);
		assertThat(browser.heading()).contains(name);
		assertThat(browser.text()).contains(l.pick("Eingegangen", "Received"), "52.516600")
			.doesNotContain("Erika").doesNotContain("erika.melderin").doesNotContain("Hausnummer 3").doesNotContain("M-0815");
		assertThat(browser.texts(".portal-photos img")).as("the photo is not released yet").isEmpty();
		if (browser.javaScriptEnabled()) {
			await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> browser.element("#meldung-karte.leaflet-container") != null);
		}
	}

	private static Path file(String name, byte[] content) {
		try {
			return Files.write(Files.createTempDirectory("meldung").resolve(name), content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
