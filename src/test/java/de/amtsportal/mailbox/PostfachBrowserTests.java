package de.amtsportal.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.Language;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen applies, gets a document request from the authority, follows the mail to the Postfach, reads it,
 * answers with the document and sees the application go back to "in progress" — in German with JavaScript, in
 * English without. Every page is checked with axe-core.
 */
@BrowserTest
class PostfachBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Mailbox mailbox;

	@Test
	void citizenAnswersAQueryInGerman(Browser browser) {
		answer(browser, Language.GERMAN);
	}

	@Test
	void citizenAnswersAQueryInEnglishWithoutJavaScript(@WithoutJavaScript Browser browser) {
		answer(browser, Language.ENGLISH);
	}

	private void answer(Browser browser, Language l) {
		TestAccounts people = new TestAccounts(context);
		OrgUnit unit = people.unit("Ordnungsamt");
		String slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		Account caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
		Account citizen = people.citizen(TestAccounts.unique("erika"));

		browser.open("/");
		if (l == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(l.pick("Anmelden", "Sign in")).fill(l.pick("E-Mail-Adresse", "E-mail address"), citizen.email())
			.fill(l.pick("Passwort", "Password"), TestAccounts.PASSWORD).press(l.pick("Anmelden", "Sign in"));
		browser.open("/antrag/" + slug).press(l.pick("Antrag beginnen", "Start the application"));
		browser.fill(l.pick("Vorname", "First name"), "Erika").fill(l.pick("Nachname", "Last name"), "Mustermann")
			.press(l.pick("Weiter", "Continue"));
		browser.fill(l.pick("Beschreibung", "Description"), "Jede Nacht ab 2 Uhr laute Musik.").press(l.pick("Weiter", "Continue"));
		browser.press(l.pick("Antrag verbindlich absenden", "Send the application"));
		String reference = browser.text(".portal-reference");
		UUID id = UUID.fromString(browser.path().replaceAll(".*/antraege/([0-9a-f-]{36})/bestaetigung.*", "$1"));

		browser.clickLink(l.pick("Postfach", "Mailbox"));
		assertThat(browser.text()).contains(reference);
		mailbox.send(id, MessageKind.DOCUMENT_REQUEST, "Seit wann ist es laut? Bitte senden Sie uns Ihr Protokoll.", List.of("Lärmprotokoll"),
				List.of(), new AccountId(caseworker.id()));

		Inbox.Mail news = new Inbox(greenMail).awaitSubject(citizen.email(), "Neues zu Ihrem Antrag " + reference);
		assertThat(news.body()).doesNotContain("Seit wann");
		browser.openFromMail(news.link("/postfach/antrag/"));
		assertThat(browser.heading()).contains(reference);
		assertThat(browser.text()).contains("Seit wann ist es laut?", l.pick("Nachforderung von Unterlagen", "Request for documents"),
				l.pick("Wartet auf Sie", "Waiting for you"), l.pick("Wir warten auf diese Unterlagen", "We are waiting for these documents"),
				"Lärmprotokoll");

		browser.fill(l.pick("Ihre Nachricht", "Your message"), "Seit dem 1. November.")
			.attach(l.pick("Dateien anfügen (optional)", "Attach files (optional)"), protocol())
			.press(l.pick("Antwort senden", "Send reply"));
		assertThat(browser.text()).contains(l.pick("Ihre Antwort wurde gesendet.", "Your reply has been sent."), "Seit dem 1. November.",
				"laermprotokoll.pdf", l.pick("In Bearbeitung", "In progress"));
		assertThat(browser.text("#inhalt dl")).doesNotContain(l.pick("Wartet auf Sie", "Waiting for you"));
	}

	private static Path protocol() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			Path file = Files.createTempDirectory("postfach").resolve("laermprotokoll.pdf");
			document.save(file.toFile());
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
