package de.amtsportal.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator loads the address register from the overview: a file with a bad line is refused with that
 * line, the corrected file is loaded and counted. German with JavaScript, English without; every page checked
 * with axe-core.
 */
@BrowserTest
class AddressRegisterBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void anAdministratorLoadsTheRegisterInGerman(Browser browser) {
		load(browser, Language.GERMAN);
	}

	@Test
	void anAdministratorLoadsTheRegisterInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		load(browser, Language.ENGLISH);
	}

	private void load(Browser browser, Language l) {
		String email = TestAccounts.unique("verwaltung");
		new TestAccounts(context).administrator(email);
		StaffSignIn.firstTime(browser, email, TestAccounts.PASSWORD, l);
		browser.open("/amt/admin").clickLink(l.pick("Adressverzeichnis", "Address register"));
		assertThat(browser.heading()).isEqualTo(l.pick("Adressverzeichnis", "Address register"));
		// the tests share one database: the other language's test may have loaded a register already
		String button = browser.text("#stand").startsWith(l.pick("Noch ist", "No address"))
				? l.pick("Verzeichnis laden", "Load register") : l.pick("Verzeichnis ersetzen", "Replace register");

		browser.attach(l.pick("CSV-Datei", "CSV file"), file(PlaceFixtures.TESTSTADT + "Parkweg;1;12345;Teststadt;north;13.4\n"))
			.press(button);
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Zeile 8: Die Breite „north“ ist keine Zahl zwischen -90 und 90.",
				"Line 8: The latitude “north” is not a number between -90 and 90."));

		browser.attach(l.pick("CSV-Datei", "CSV file"), file(PlaceFixtures.TESTSTADT)).press(button);
		assertThat(browser.text()).contains(l.pick("Das Adressverzeichnis wurde geladen: 6 Adressen.", "The address register was loaded: 6 addresses."),
				l.pick("Geladen sind 6 Adressen", "6 addresses are loaded"));
	}

	private static Path file(String csv) {
		try {
			return Files.writeString(Files.createTempDirectory("adressen").resolve("adressen.csv"), csv, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
