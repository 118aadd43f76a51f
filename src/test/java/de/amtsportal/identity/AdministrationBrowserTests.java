package de.amtsportal.identity;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator sets up a unit, invites a caseworker for it, changes the person's roles, deactivates and
 * reactivates the account, then looks for the role change in the audit trail and checks the chain: every page
 * on the way in German and in English, each checked with axe-core.
 */
@BrowserTest
class AdministrationBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Test
	void administratorSetsUpAUnitAndAStaffMemberInGerman(Browser browser) {
		administerStaff(browser, Language.GERMAN);
	}

	@Test
	void administratorSetsUpAUnitAndAStaffMemberInEnglish(Browser browser) {
		administerStaff(browser, Language.ENGLISH);
	}

	private void administerStaff(Browser browser, Language l) {
		String admin = TestAccounts.unique("verwaltung");
		new TestAccounts(context).administrator(admin);
		String unit = l.pick("Wasserbehörde ", "Water authority ") + UUID.randomUUID().toString().substring(0, 6);
		String institution = "OSZ " + UUID.randomUUID().toString().substring(0, 6);
		String invitee = TestAccounts.unique("neu");

		StaffSignIn.firstTime(browser, admin, TestAccounts.PASSWORD, l);
		browser.clickLink(l.pick("Verwaltung", "Administration"));
		assertThat(browser.heading()).isEqualTo(l.pick("Verwaltung", "Administration"));

		// a unit: forgetting the name first
		browser.clickLink(l.pick("Organisationen", "Organisations"));
		assertThat(browser.heading()).isEqualTo(l.pick("Organisationen", "Organisations"));
		browser.clickLink(l.pick("Fachbereich hinzufügen", "Add unit")).press(l.pick("Fachbereich hinzufügen", "Add unit"));
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte prüfen Sie Ihre Angaben", "Please check your entries"),
				l.pick("Bitte geben Sie den Namen des Fachbereichs ein.", "Enter the name of the unit."));
		browser.fill("Name", unit).press(l.pick("Fachbereich hinzufügen", "Add unit"));
		assertThat(browser.path()).isEqualTo("/amt/admin/organisationen");
		assertThat(browser.text()).contains(l.pick("Der Fachbereich „" + unit + "“ wurde angelegt.", "The unit \"" + unit + "\" has been added."));
		assertThat(browser.texts("table th[scope=row]")).contains(unit);
		browser.clickLink(l.pick("Bearbeiten", "Edit") + " : " + unit);
		assertThat(browser.heading()).isEqualTo(l.pick("Fachbereich „" + unit + "“ bearbeiten", "Edit unit \"" + unit + "\""));
		browser.fill(l.pick("Kontakt-E-Mail-Adresse (optional)", "Contact e-mail address (optional)"), "wasser@teststadt.example")
			.press(l.pick("Änderungen speichern", "Save changes"));
		assertThat(browser.text()).contains(l.pick("Der Fachbereich „" + unit + "“ wurde gespeichert.",
				"The unit \"" + unit + "\" has been saved."));
		assertThat(browser.text("table")).contains(unit + " wasser@teststadt.example");

		// an institution, named and renamed
		browser.clickLink(l.pick("Einrichtung hinzufügen", "Add institution")).press(l.pick("Einrichtung hinzufügen", "Add institution"));
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte geben Sie den Namen der Einrichtung ein.",
				"Enter the name of the institution."));
		browser.fill("Name", institution).press(l.pick("Einrichtung hinzufügen", "Add institution"));
		assertThat(browser.text()).contains(l.pick("Die Einrichtung „" + institution + "“ wurde angelegt.",
				"The institution \"" + institution + "\" has been added."));
		browser.clickLink(l.pick("Umbenennen", "Rename") + " : " + institution)
			.fill("Name", institution + " Nord")
			.press(l.pick("Änderungen speichern", "Save changes"));
		assertThat(browser.text()).contains(l.pick("Die Einrichtung heißt jetzt „" + institution + " Nord“.",
				"The institution is now called \"" + institution + " Nord\"."));

		// a caseworker for it
		browser.clickLink(l.pick("Zurück zur Verwaltung", "Back to administration"))
			.clickLink(l.pick("Mitarbeitende", "Staff"))
			.clickLink(l.pick("Person einladen", "Invite a person"))
			.fill(l.pick("E-Mail-Adresse", "E-mail address"), invitee)
			.fill(l.pick("Vorname", "First name"), "Nora")
			.fill(l.pick("Nachname", "Last name"), "Neumann")
			.tick(l.pick("Deutsch", "English"))
			.tick(unit)
			.press(l.pick("Einladung senden", "Send invitation"));
		assertThat(browser.heading()).isEqualTo("Nora Neumann");
		assertThat(browser.text()).contains(l.pick("Die Einladung an " + invitee + " wurde verschickt.",
				"The invitation to " + invitee + " has been sent."));
		assertThat(browser.text(".kern-description-list")).contains(l.pick("eingeladen", "invited"),
				l.pick("Sachbearbeitung – ", "Caseworker – ") + unit);
		assertThat(new Inbox(greenMail).await(invitee).body()).contains("/konto/einladung");

		// more roles
		browser.tick(l.pick("Formularredaktion", "Form editor")).press(l.pick("Rollen speichern", "Save roles"));
		assertThat(browser.text()).contains(l.pick("Die Rollen von Nora Neumann wurden gespeichert.",
				"The roles of Nora Neumann have been saved."));
		assertThat(browser.text(".kern-description-list")).contains(l.pick("Formularredaktion", "Form editor"),
				l.pick("Sachbearbeitung – ", "Caseworker – ") + unit);

		// deactivated and back
		browser.press(l.pick("Konto deaktivieren", "Deactivate account"));
		assertThat(browser.text()).contains(l.pick("Das Konto von Nora Neumann wurde deaktiviert.",
				"The account of Nora Neumann has been deactivated."));
		assertThat(browser.text(".kern-description-list")).contains(l.pick("deaktiviert", "deactivated"));
		browser.press(l.pick("Konto reaktivieren", "Reactivate account"));
		assertThat(browser.text()).contains(l.pick("Das Konto von Nora Neumann wurde wieder aktiviert.",
				"The account of Nora Neumann has been reactivated."));
		assertThat(browser.text(".kern-description-list")).as("not yet accepted, so invited again")
			.contains(l.pick("Status eingeladen", "Status invited")).doesNotContain(l.pick("deaktiviert", "deactivated"));

		// the audit trail: only role changes, and the chain is intact
		browser.clickLink(l.pick("Zurück zu den Mitarbeitenden", "Back to staff"))
			.clickLink(l.pick("Zurück zur Verwaltung", "Back to administration"))
			.clickLink(l.pick("Protokoll", "Audit trail"));
		assertThat(browser.heading()).isEqualTo(l.pick("Protokoll", "Audit trail"));
		browser.fill(l.pick("Aktion", "Action"), "account.roles-changed").press(l.pick("Filtern", "Filter"));
		assertThat(browser.path()).contains("action=account.roles-changed");
		assertThat(browser.texts("tbody td code")).isNotEmpty().containsOnly("account.roles-changed");
		browser.press(l.pick("Kette prüfen", "Check chain"));
		assertThat(browser.heading()).isEqualTo(l.pick("Kette prüfen", "Check chain"));
		assertThat(browser.text()).contains(l.pick("Die Kette ist intakt", "The chain is intact"));
	}
}
