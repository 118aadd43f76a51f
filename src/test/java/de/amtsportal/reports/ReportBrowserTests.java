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
 * the new report without its photo (not released) and without anything personal. Every page of the journey speaks of
 * a report ("Meldung"), not of an application, and its way back leads to the choice of categories. In German with
 * JavaScript (the map is there), in English without (typed coordinates and address). Every page is checked with
 * axe-core.
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
		assertThat(browser.heading()).isEqualTo(l.pick("Meldung ", "Report ") + name);
		assertThat(browser.text("main")).contains(l.pick("Die Meldung hat 3 Schritte", "The report has 3 steps")).doesNotContain(l.pick("Antrag", "the application"));
		browser.clickLink(l.pick("Zurück zur Auswahl: Was möchten Sie melden?", "Back to the choice: what would you like to report?"));
		assertThat(browser.path()).isEqualTo("/meldungen/neu");
		browser.clickLink(name);
		browser.press(l.pick("Meldung beginnen", "Start the report"));
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
		assertThat(browser.text("main")).doesNotContain(l.pick("Antrag", "the application"));
		browser.press(l.pick("Meldung absenden", "Send the report"));
		assertThat(browser.heading()).isEqualTo(l.pick("Ihre Meldung ist eingegangen", "Your report has been received"));
		String reference = browser.text(".portal-reference");
		assertThat(browser.text("main")).contains(l.pick("Die zuständige Stelle prüft Ihre Meldung", "The responsible office checks your report"),
				l.pick("Ihre Meldung erscheint unter „Meldungen“", "Your report appears under \"Reports\""),
				l.pick("Wie einfach war das Melden für Sie?", "How easy was reporting for you?"))
			.doesNotContain(l.pick("Antrag", "the application"));

		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from report where reference = ?", Integer.class,
				reference) == 1);
		browser.clickLink(l.pick("Öffentliche Seite Ihrer Meldung ", "Public page of your report ") + reference);
		assertThat(browser.path()).isEqualTo("/meldungen/" + reference);
		browser.open("/antraege/" + submissionOf(reference) + "/bestaetigung");
		browser.clickLink(l.pick("Stand der Meldung ansehen", "See the status of the report"));
		browser.clickLink(l.pick("Nachrichten im Postfach", "Messages in the mailbox"));
		assertThat(browser.text("main")).contains(l.pick("Zu dieser Meldung gibt es noch keine Nachrichten.", "There are no messages about this report yet."),
				l.pick("Meldung und Ihre Angaben ansehen", "See the report and your answers"));
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

	private UUID submissionOf(String reference) {
		return jdbc.queryForObject("select submission_id from report where reference = ?", UUID.class, reference);
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
