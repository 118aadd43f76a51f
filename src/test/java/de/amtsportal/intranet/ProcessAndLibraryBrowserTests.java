package de.amtsportal.intranet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library, a process description and the search as people use them: the school supervision files a form in
 * the library and describes a process whose step needs it; a teacher of the school finds the process by a word of
 * its step, reads it, follows the step's link to the form and opens the print view — in German with JavaScript,
 * in English without. Every page is checked with axe-core.
 */
@BrowserTest
class ProcessAndLibraryBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void processWithLibraryFormIsDescribedFoundAndPrintedInGerman(Browser publisher, Browser teacher) throws Exception {
		journey(Language.GERMAN, publisher, teacher);
	}

	@Test
	void processWithLibraryFormIsDescribedFoundAndPrintedInEnglishWithoutJavaScript(@WithoutJavaScript Browser publisher,
			@WithoutJavaScript Browser teacher) throws Exception {
		journey(Language.ENGLISH, publisher, teacher);
	}

	private void journey(Language l, Browser publisher, Browser teacher) throws Exception {
		TestAccounts people = new TestAccounts(context);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Organisation school = people.institution("OSZ Bautechnik " + suffix);
		Account editor = people.create(TestAccounts.unique("schulaufsicht"), Membership.global(Role.FORM_EDITOR));
		Account member = people.member(TestAccounts.unique("lehrkraft"), school.id(), "Lehrkraft");
		String word = "Fahrtenbuch" + suffix.replaceAll("[0-9]", "q");
		String form = "Kostenaufstellung " + suffix;
		String process = "Schulfahrt genehmigen " + suffix;
		Path pdf = Files.createTempFile("kosten", ".pdf");
		Files.write(pdf, LibraryAndSearchIntegrationTests.pdf("Kostenaufstellung für Schulfahrten"));

		StaffSignIn.firstTime(publisher, editor.email(), TestAccounts.PASSWORD, l);
		publisher.clickLink(l.pick("Intranet: Dokumente und Formulare", "Intranet: documents and forms"))
			.clickLink(l.pick("Dokument hinzufügen", "Add a document"))
			.fill(l.pick("Titel", "Title"), form).fill(l.pick("Ordner", "Folder"), "Schulfahrten")
			.attach(l.pick("Datei", "File"), pdf)
			.tick(school.name()).tick(l.pick("Lehrkraft", "Teacher"))
			.press(l.pick("Dokument veröffentlichen", "Publish the document"));
		assertThat(publisher.heading()).contains(form);

		publisher.open("/amt");
		publisher.clickLink(l.pick("Intranet: Prozessbeschreibungen", "Intranet: process descriptions"))
			.clickLink(l.pick("Prozess beschreiben", "Describe a process"))
			.press(l.pick("Prozessbeschreibung veröffentlichen", "Publish process description"));
		assertThat(publisher.text("#fehler")).contains(l.pick("mindestens einen Schritt", "at least one step"));
		publisher.fill(l.pick("Titel", "Title"), process)
			.fill(l.pick("Was ist zu tun?", "What is to be done?"), "Kosten aufstellen")
			.fill(l.pick("Beschreibung", "Description"), "Im " + word + " eintragen.")
			.choose(l.pick("Zuständig", "Responsible"), l.pick("Lehrkraft", "Teacher"))
			.fill(l.pick("Frist", "Deadline"), "12 Wochen vor Fahrtbeginn")
			.tick("Schulfahrten: " + form)
			.press(l.pick("Weiteren Schritt hinzufügen", "Add another step"));
		assertThat(publisher.texts("legend")).contains(l.pick("Schritt 2", "Step 2"));
		publisher.tick(school.name()).tick(l.pick("Lehrkraft", "Teacher"))
			.press(l.pick("Prozessbeschreibung veröffentlichen", "Publish process description"));
		assertThat(publisher.heading()).contains(process);
		assertThat(publisher.text()).contains("12 Wochen vor Fahrtbeginn", form);

		teacher.open("/");
		if (l == Language.ENGLISH) {
			teacher.clickLink("English");
		}
		teacher.clickLink(l.pick("Anmelden", "Sign in")).fill(l.pick("E-Mail-Adresse", "E-mail address"), member.email())
			.fill(l.pick("Passwort", "Password"), TestAccounts.PASSWORD).press(l.pick("Anmelden", "Sign in"));
		assertThat(teacher.path()).isEqualTo("/intranet");
		teacher.fill(l.pick("Suchbegriff", "Search term"), word).press(l.pick("Suchen", "Search"));
		assertThat(teacher.text()).contains(l.pick("1 Treffer", "1 results"));
		teacher.clickLink(process);
		assertThat(teacher.text()).contains("Kosten aufstellen", "12 Wochen vor Fahrtbeginn", l.pick("Version 1 vom", "Version 1 of"));
		teacher.clickLink(l.pick("Druckansicht", "Print view"));
		assertThat(teacher.texts("nav")).isEmpty();
		assertThat(teacher.text()).contains("Kosten aufstellen");
		teacher.clickLink(l.pick("Zurück zur Prozessbeschreibung", "Back to the process description")).clickLink(form);
		assertThat(teacher.heading()).contains(form);
		teacher.clickLink(l.pick("Zu den Dokumenten und Formularen", "Back to documents and forms"));
		assertThat(teacher.text()).contains(form);
	}
}
