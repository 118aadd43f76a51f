package de.amtsportal.decisions;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.access.Role;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form editor writes the decision template of a service: from the service's page to the editor, an unknown
 * placeholder refused with a message at the field, then saved — in German with JavaScript, in English without.
 * Every page is checked with axe-core.
 */
@BrowserTest
class TemplateEditorBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void editorWritesATemplateInGerman(Browser browser) {
		write(browser, Language.GERMAN);
	}

	@Test
	void editorWritesATemplateInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		write(browser, Language.ENGLISH);
	}

	private void write(Browser browser, Language l) {
		TestAccounts people = new TestAccounts(context);
		String slug = new ApplicationFixtures(context).service(people.unit("Ordnungsamt"), SignIn.OPTIONAL).slug();
		UUID serviceId = context.getBean(Catalog.class).find(slug).orElseThrow().id();
		String editor = TestAccounts.unique("redaktion");
		people.create(editor, Membership.global(Role.FORM_EDITOR));

		StaffSignIn.firstTime(browser, editor, TestAccounts.PASSWORD, l);
		browser.open("/amt/leistungen/" + serviceId + "/bearbeiten");
		browser.clickLink(l.pick("Bescheidvorlage bearbeiten", "Edit decision template"));
		assertThat(browser.text()).contains("{{antragsteller.name}}", "{{feld:beschreibung}}");

		browser.fill(l.pick("Titel", "Title"), "Bescheid zu {{aktenzeichen}}")
			.fill(l.pick("Text des Bescheids", "Text of the decision"), "Sehr geehrte/r {{antragsteller.nachname}},\n\nIhrem Antrag wird stattgegeben.")
			.fill(l.pick("Rechtsbehelfsbelehrung", "Information on legal remedies"),
					"Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.")
			.press(l.pick("Vorlage speichern", "Save template"));
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Unbekannte Platzhalter: antragsteller.nachname",
				"Unknown placeholders: antragsteller.nachname"));

		browser.fill(l.pick("Text des Bescheids", "Text of the decision"), "Sehr geehrte/r {{antragsteller.name}},\n\nIhrem Antrag wird stattgegeben.")
			.press(l.pick("Vorlage speichern", "Save template"));
		assertThat(browser.text()).contains(l.pick("Die Vorlage wurde gespeichert.", "The template has been saved."));
		assertThat(browser.value(l.pick("Titel", "Title"))).isEqualTo("Bescheid zu {{aktenzeichen}}");
	}
}
