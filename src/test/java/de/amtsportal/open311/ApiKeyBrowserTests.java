package de.amtsportal.open311;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.open311.internal.ApiClients;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator issues a key for an Open311 app, takes it from the page that shows it once, and revokes it
 * again: every page in German and in English, keyboard and forms only, each checked with axe-core.
 */
@BrowserTest
class ApiKeyBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiClients clients;

	@Test
	void anAdministratorIssuesAndRevokesAKeyInGerman(Browser browser) {
		issueAndRevoke(browser, Language.GERMAN);
	}

	@Test
	void anAdministratorIssuesAndRevokesAKeyInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		issueAndRevoke(browser, Language.ENGLISH);
	}

	private void issueAndRevoke(Browser browser, Language l) {
		String email = TestAccounts.unique("verwaltung");
		new TestAccounts(context).administrator(email);
		String name = "Stadtplan-App " + UUID.randomUUID().toString().substring(0, 6);
		StaffSignIn.firstTime(browser, email, TestAccounts.PASSWORD, l);
		browser.open("/amt/admin").clickLink(l.pick("Open311-Schnittstelle", "Open311 interface"));
		assertThat(browser.heading()).isEqualTo(l.pick("Schlüssel für die Open311-Schnittstelle", "Keys for the Open311 interface"));

		browser.press(l.pick("Schlüssel anlegen", "Create key"));
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte geben Sie einen Namen ein.", "Please enter a name."));
		browser.fill("Name", name).fill(l.pick("Anfragen je Minute", "Requests per minute"), "30")
			.press(l.pick("Schlüssel anlegen", "Create key"));
		assertThat(browser.heading()).isEqualTo(l.pick("Schlüssel für „" + name + "“ angelegt", "Key for “" + name + "” created"));
		String secret = browser.text("#secret");
		assertThat(secret).startsWith("o311_");
		assertThat(clients.byKey(secret)).hasValueSatisfying(client -> assertThat(client.requestsPerMinute()).isEqualTo(30));

		browser.clickLink(l.pick("Zurück zu den Schlüsseln", "Back to the keys"));
		assertThat(browser.text("table")).contains(name, secret.substring(0, 11)).doesNotContain(secret);
		browser.press(l.pick("Widerrufen : " + name, "Revoke : " + name));
		assertThat(browser.text("table")).contains(l.pick("widerrufen", "revoked"));
		assertThat(clients.byKey(secret)).isEmpty();
	}
}
