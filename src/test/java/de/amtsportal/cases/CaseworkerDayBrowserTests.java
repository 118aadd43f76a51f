package de.amtsportal.cases;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A caseworker's day: the inbox, a filter, taking a new case over, a query to the applicant, her answer in the
 * Postfach (in her own browser), the case back in progress, decided and closed — in German with JavaScript, in
 * English without. Every page both browsers reach is checked with axe-core.
 */
@BrowserTest
class CaseworkerDayBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void aCaseworkersDayInGerman(Browser caseworkerBrowser, Browser citizenBrowser) {
		day(caseworkerBrowser, citizenBrowser, Language.GERMAN);
	}

	@Test
	void aCaseworkersDayInEnglishWithoutJavaScript(@WithoutJavaScript Browser caseworkerBrowser,
			@WithoutJavaScript Browser citizenBrowser) {
		day(caseworkerBrowser, citizenBrowser, Language.ENGLISH);
	}

	private void day(Browser staff, Browser citizen, Language l) {
		TestAccounts people = new TestAccounts(context);
		OrgUnit unit = people.unit("Ordnungsamt");
		String slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		Account caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
		Account erika = people.citizen(TestAccounts.unique("erika"));
		String familyName = "Mustermann-" + UUID.randomUUID().toString().substring(0, 6);

		// Erika applies
		citizen.open("/");
		if (l == Language.ENGLISH) {
			citizen.clickLink("English");
		}
		citizen.clickLink(l.pick("Anmelden", "Sign in")).fill(l.pick("E-Mail-Adresse", "E-mail address"), erika.email())
			.fill(l.pick("Passwort", "Password"), TestAccounts.PASSWORD).press(l.pick("Anmelden", "Sign in"));
		citizen.open("/antrag/" + slug).press(l.pick("Antrag beginnen", "Start the application"));
		citizen.fill(l.pick("Vorname", "First name"), "Erika").fill(l.pick("Nachname", "Last name"), familyName)
			.press(l.pick("Weiter", "Continue"));
		citizen.fill(l.pick("Beschreibung", "Description"), "Jede Nacht ab 2 Uhr laute Musik.").press(l.pick("Weiter", "Continue"));
		citizen.press(l.pick("Antrag verbindlich absenden", "Send the application"));
		String reference = citizen.text(".portal-reference");
		UUID submission = UUID.fromString(citizen.path().replaceAll(".*/antraege/([0-9a-f-]{36})/bestaetigung.*", "$1"));

		// the caseworker finds it in the inbox of the unit, by her name
		StaffSignIn.firstTime(staff, caseworker.email(), TestAccounts.PASSWORD, l);
		staff.clickLink(l.pick("Vorgänge", "Cases"));
		await().atMost(Duration.ofSeconds(15)).until(() -> staff.open("/amt/vorgaenge").text().contains(reference));
		staff.fill(l.pick("Suche", "Search"), familyName.toLowerCase()).press(l.pick("Anzeigen", "Show"));
		assertThat(staff.texts("tbody tr")).singleElement().asString().contains(reference, "Erika " + familyName,
				l.pick("Eingegangen", "Received"));
		staff.clickLink(reference);
		assertThat(staff.heading()).contains(reference);
		assertThat(staff.text()).contains("Jede Nacht ab 2 Uhr laute Musik.");

		staff.press(l.pick("Übernehmen", "Take over"));
		assertThat(staff.text()).contains(l.pick("Sie bearbeiten diesen Vorgang.", "You are working on this case."),
				l.pick("In Bearbeitung", "In progress"));

		// a query without text is refused at its field, then sent
		staff.tick(l.pick("Rückfrage", "Query")).press(l.pick("Senden", "Send"));
		assertThat(staff.text()).contains(l.pick("Bitte schreiben Sie einen Text.", "Please write a text."));
		staff.tick(l.pick("Rückfrage", "Query")).fill("Text", "Seit wann ist es laut?").press(l.pick("Senden", "Send"));
		assertThat(staff.text("#inhalt dl")).contains(l.pick("Wartet auf Antragsteller/in", "Waiting for the applicant"));

		// Erika answers in her Postfach
		citizen.open("/postfach/antrag/" + submission);
		assertThat(citizen.text()).contains("Seit wann ist es laut?");
		citizen.fill(l.pick("Ihre Nachricht", "Your message"), "Seit dem 1. November.").press(l.pick("Antwort senden", "Send reply"));

		// back in progress in the case; decided and closed
		await().atMost(Duration.ofSeconds(15)).until(() -> staff.open("/amt/vorgaenge/" + caseId(staff)).text("#inhalt dl")
			.contains(l.pick("In Bearbeitung", "In progress")));
		assertThat(staff.text()).contains("Seit dem 1. November.");
		staff.press(l.pick("Als entschieden markieren", "Mark as decided"));
		staff.press(l.pick("Abschließen", "Close"));
		assertThat(staff.text("#inhalt dl")).contains(l.pick("Abgeschlossen", "Closed"));
		citizen.open("/antraege/" + submission);
		assertThat(citizen.text()).contains(l.pick("Abgeschlossen", "Closed"));
	}

	private static String caseId(Browser staff) {
		return staff.path().replaceAll(".*/amt/vorgaenge/([0-9a-f-]{36}).*", "$1");
	}
}
