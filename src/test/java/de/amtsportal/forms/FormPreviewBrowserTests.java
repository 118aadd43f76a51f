package de.amtsportal.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.amtsportal.access.Role;
import de.amtsportal.forms.definition.SampleForms;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.NewForm;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form editor tries out a draft as applicants will see it: page by page, once with mistakes that the error
 * summary and the fields point out, up to the check page. In German with JavaScript, in English without; every
 * page checked with axe-core.
 */
@BrowserTest
class FormPreviewBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void editorPreviewsADraftPageByPageInGerman(Browser browser) {
		preview(browser, Language.GERMAN);
	}

	@Test
	void editorPreviewsADraftPageByPageInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		preview(browser, Language.ENGLISH);
	}

	private void preview(Browser browser, Language l) {
		String email = TestAccounts.unique("formularredaktion");
		String base = "/amt/formulare/versionen/" + draftMovingInForm(email).id() + "/vorschau";
		LocalDate movingIn = LocalDate.now().minusDays(1);
		String movingInDay = movingIn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

		StaffSignIn.firstTime(browser, email, TestAccounts.PASSWORD, l);
		browser.open(base);
		assertThat(browser.path()).isEqualTo(base + "/wohnung");
		assertThat(browser.text()).contains(l.pick("Schritt 1 von 3", "Step 1 of 3"), "Neue Wohnung");

		// no day and a four-digit postcode
		browser.fill(l.pick("Straße", "Street"), "Lindenallee")
			.fill(l.pick("Hausnummer", "House number"), "7")
			.fill(l.pick("Postleitzahl", "Postcode"), "1234")
			.fill(l.pick("Ort", "Town or city"), "Musterstadt")
			.tick("Hauptwohnung")
			.press(l.pick("Weiter", "Continue"));
		assertThat(browser.path()).isEqualTo(base + "/wohnung");
		assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte prüfen Sie Ihre Angaben", "Please check your entries"),
				l.pick("Bitte füllen Sie dieses Feld aus.", "Please fill in this field."),
				l.pick("Bitte geben Sie eine fünfstellige Postleitzahl ein.", "Please enter a five-digit postcode."));
		assertThat(browser.value(l.pick("Straße", "Street"))).as("what was typed is kept").isEqualTo("Lindenallee");

		// headless Chromium's date fields take the US order whatever its --lang says
		browser.fill("Tag des Einzugs", movingIn.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
			.fill(l.pick("Postleitzahl", "Postcode"), "12345")
			.press(l.pick("Weiter", "Continue"));
		assertThat(browser.path()).isEqualTo(base + "/personen");
		assertThat(browser.text()).contains(l.pick("Schritt 2 von 3", "Step 2 of 3"));

		browser.fill("Vorname", "Erika").tick(l.pick("Nein", "No")).press(l.pick("Weiter", "Continue"));
		assertThat(browser.path()).isEqualTo(base + "/zahlung");

		browser.fill("IBAN", "DE89 3704 0044 0532 0130 00").tick("Post").press(l.pick("Weiter", "Continue"));
		assertThat(browser.path()).isEqualTo(base + "/pruefen");
		assertThat(browser.heading()).contains(l.pick("Prüfen Sie Ihre Angaben", "Check your answers"));
		assertThat(browser.text()).contains(movingInDay, "Lindenallee 7", "12345", "Musterstadt", "Hauptwohnung", "Erika",
				"DE89", "Post", l.pick("Ende der Vorschau.", "End of the preview."));

		// changing an answer leads back to its page
		browser.clickLink(l.pick("Ändern : Neue Wohnung", "Change : Neue Wohnung"));
		assertThat(browser.path()).isEqualTo(base + "/wohnung");
		assertThat(browser.value(l.pick("Straße", "Street"))).isEqualTo("Lindenallee");
	}

	/** A form editor and a draft of the moving-in form, made by that editor as in the back office. */
	private FormVersion draftMovingInForm(String email) {
		TestAccounts people = new TestAccounts(context);
		var unit = people.unit("Bürgeramt");
		Account editor = people.create(email, Membership.global(Role.FORM_EDITOR));
		var principal = people.principal(editor);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return context.getBean(FormManagement.class).create(new NewForm("anmeldung-" + UUID.randomUUID().toString().substring(0, 8),
					"Anmeldung", null, unit.id(), Audience.PUBLIC, SampleForms.MOVING_IN));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
