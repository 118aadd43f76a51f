package de.amtsportal.forms;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.WithoutJavaScript;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form from the first question to publication, as the people involved do it in a real browser: a form editor
 * builds a small form (text, number, date, a choice, yes/no, a group, a repetition, a condition) and sends it to
 * review; a reviewer of the responsible unit sends it back with a comment on one question; the editor sees the
 * comment at that question, fixes it, replies and sends it again; the reviewer approves, the editor publishes;
 * then the preview is filled page by page in German and the key pages in English. The editing also works with
 * JavaScript switched off. Every page is checked with axe-core.
 */
@BrowserTest
class FormBuilderBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void aFormIsBuiltReviewedPublishedAndFilledIn(Browser editor, Browser reviewer) {
		TestAccounts accounts = new TestAccounts(context);
		String run = UUID.randomUUID().toString().substring(0, 8);
		OrgUnit unit = accounts.unit("Ordnungsamt " + run);
		String editorEmail = "redaktion." + run + "@teststadt.example";
		String reviewerEmail = "pruefung." + run + "@teststadt.example";
		accounts.create(editorEmail, Membership.global(Role.FORM_EDITOR));
		accounts.create(reviewerEmail, Membership.inUnit(Role.REVIEWER, unit.id()));
		Inbox inbox = new Inbox(context.getBean(GreenMail.class));

		signIn(editor, editorEmail);
		build(editor, unit.name(), "hundehaltung-" + run);
		sendToReview(editor);

		// the reviewer follows the link in the mail and sends the version back with a comment on one question
		signIn(reviewer, reviewerEmail);
		reviewer.openFromMail(inbox.await(reviewerEmail).link("/amt/formulare/"));
		assertThat(reviewer.text("#stand")).isEqualTo("In Prüfung");
		reviewer.clickLink("Änderungen anfordern");
		assertThat(reviewer.heading()).endsWith("Änderungen anfordern");
		reviewer.choose("Bezug der Anmerkung 1", "Hund › Alter in Jahren")
			.fill("Text der Anmerkung 1", "Bitte auf 25 Jahre begrenzen und sagen, dass ganze Jahre gemeint sind.")
			.press("Zurück an die Bearbeitung senden");
		assertThat(reviewer.text()).contains("Die Version ist mit Ihren Anmerkungen zurück an die Bearbeitung gegangen.");
		assertThat(reviewer.text("#stand")).isEqualTo("Änderungen erbeten");

		// the editor finds the comment on the version and at the question, fixes it, replies and resends
		Inbox.Mail sentBack = inbox.await(editorEmail);
		assertThat(sentBack.subject()).startsWith("Änderungen erbeten");
		editor.openFromMail(sentBack.link("/amt/formulare/"));
		assertThat(editor.text("section[aria-labelledby=anmerkungen]")).contains("Frage „Alter in Jahren“",
				"Bitte auf 25 Jahre begrenzen und sagen, dass ganze Jahre gemeint sind.");
		editor.clickLink("Bearbeiten").clickLink("Hund");
		assertThat(editor.text(".kern-alert--warning")).contains("Bitte auf 25 Jahre begrenzen");
		editor.clickLink("Alter in Jahren");
		assertThat(editor.text(".kern-alert--warning")).contains("Anmerkungen aus der Prüfung", "Bitte auf 25 Jahre begrenzen");
		editor.fill("Größte Zahl", "25").fill("Hinweis (deutsch)", "In ganzen Jahren.").fill("Hinweis (englisch)", "In whole years.")
			.press("Frage speichern");
		assertThat(editor.text()).contains("Gespeichert.");
		assertThat(editor.value("Größte Zahl")).isEqualTo("25");
		editor.clickLink("Zurück zur Seite „Hund“").clickLink("Zur Übersicht des Formulars").clickLink("Zurück zu Version 1");
		editor.fill("Antwort auf Anmerkung 1", "Erledigt: höchstens 25 Jahre, Hinweis ergänzt.").press("Antwort auf Anmerkung 1 speichern");
		assertThat(editor.text()).contains("Ihre Antwort ist gespeichert.", "Erledigt: höchstens 25 Jahre, Hinweis ergänzt.");
		editor.press("Zur Prüfung senden");
		assertThat(editor.text("#stand")).isEqualTo("In Prüfung");

		// the reviewer sees the reply and approves; the editor publishes
		String version = editor.path();
		reviewer.open(version);
		assertThat(reviewer.text()).contains("Erledigt: höchstens 25 Jahre, Hinweis ergänzt.");
		reviewer.press("Freigeben");
		assertThat(reviewer.text("#stand")).isEqualTo("Freigegeben");
		editor.open(version).press("Veröffentlichen");
		assertThat(editor.text("#stand")).isEqualTo("Veröffentlicht");
		editor.clickLink("English");
		assertThat(editor.text("#stand")).isEqualTo("Published");
		assertThat(editor.text("section[aria-labelledby=anmerkungen]")).contains("Question “Age in years”");
		editor.clickLink("Deutsch");
		editor.clickLink("Alle Formulare");
		assertThat(editor.text("table")).contains("Hundehaltung anzeigen", unit.name(), "Version 1 Veröffentlicht");

		// the published version filled in page by page, as an applicant will
		editor.open(version).clickLink("Vorschau Seite für Seite");
		assertThat(editor.heading()).isEqualTo("Hundehaltung anzeigen Hund");
		assertThat(editor.text()).contains("Schritt 1 von 2", "Nur ausfüllen, wenn „Rasse“ „Listenhund“ ist.");
		editor.fill("Name des Hundes", "Bello").fill("Alter in Jahren", "31").tick("Listenhund").tick("Ja").press("Weiter");
		assertThat(editor.text(".portal-error-summary")).contains("Die Zahl darf höchstens 25 sein.", "Bitte füllen Sie dieses Feld aus.");
		// day and month alike: the browser's date input may order them either way
		editor.fill("Alter in Jahren", "4").fill("Seit wann halten Sie den Hund?", "05.05.2024").press("Weiter");
		assertThat(editor.heading()).isEqualTo("Hundehaltung anzeigen Halterin oder Halter");
		editor.fill("Telefon (optional)", "030 1234567").fill("E-Mail", "halter@example.org").fill("Vorname", "Erika").tick("Ja")
			.press("Weiter");
		assertThat(editor.heading()).isEqualTo("Hundehaltung anzeigen Prüfen Sie Ihre Angaben");
		assertThat(editor.text()).contains("Name des Hundes Bello", "Alter in Jahren 4", "Rasse Listenhund",
				"Seit wann halten Sie den Hund? 05.05.2024", "Ist der Hund versichert? Ja", "Erreichbarkeit – E-Mail halter@example.org",
				"Person 1 – Vorname Erika");

		// the key pages in English
		editor.clickLink("English");
		assertThat(editor.heading()).isEqualTo("Register a dog Check your answers");
		assertThat(editor.text()).contains("Name of the dog Bello", "Breed Listed breed", "Is the dog insured? Yes");
		editor.clickLink("Start the preview again");
		assertThat(editor.heading()).isEqualTo("Register a dog Dog");
		assertThat(editor.text()).contains("Step 1 of 2", "Name of the dog", "Age in years", "In whole years.", "Mixed breed",
				"Since when have you kept the dog?");
		editor.fill("Name of the dog", "Bello").fill("Age in years", "4").tick("Mixed breed").tick("No").press("Continue");
		assertThat(editor.heading()).isEqualTo("Register a dog Keeper");
		editor.fill("E-mail", "halter@example.org").fill("First name", "Erika").tick("Yes").press("Continue");
		assertThat(editor.heading()).isEqualTo("Register a dog Check your answers");
		assertThat(editor.text()).contains("Breed Mixed breed", "Is the dog insured? No").doesNotContain("Since when");
		editor.clickLink("Deutsch");

		// a new draft of the published form, and the comparison of both in words
		editor.open(version).press("Neuen Entwurf anlegen");
		assertThat(editor.heading()).isEqualTo("Hundehaltung anzeigen Version 2");
		editor.clickLink("Bearbeiten").clickLink("Hund").clickLink("Name des Hundes");
		editor.fill("Frage (deutsch)", "Rufname des Hundes").press("Frage speichern");
		editor.clickLink("Zurück zur Seite „Hund“").clickLink("Zur Übersicht des Formulars").clickLink("Zurück zu Version 2")
			.clickLink("Mit Version 1 vergleichen");
		assertThat(editor.heading()).isEqualTo("Hundehaltung anzeigen Version 1 und Version 2 im Vergleich");
		assertThat(editor.text("table")).contains("Rufname des Hundes geändert Frage Name des Hundes Englisch: Name of the dog Rufname des Hundes");
	}

	@Test
	void theEditingStepsWorkWithoutJavaScript(@WithoutJavaScript Browser editor) {
		TestAccounts accounts = new TestAccounts(context);
		String run = UUID.randomUUID().toString().substring(0, 8);
		OrgUnit unit = accounts.unit("Ordnungsamt " + run);
		String editorEmail = "redaktion." + run + "@teststadt.example";
		accounts.create(editorEmail, Membership.global(Role.FORM_EDITOR));
		accounts.create("pruefung." + run + "@teststadt.example", Membership.inUnit(Role.REVIEWER, unit.id()));

		signIn(editor, editorEmail);
		build(editor, unit.name(), "hundehaltung-ohne-js-" + run);
		sendToReview(editor);
	}

	/** The editor builds the dog registration: two pages, each kind of question the test needs, one condition. */
	private static void build(Browser editor, String unit, String slug) {
		editor.clickLink("Formulare und Freigaben");
		assertThat(editor.heading()).isEqualTo("Formulare");
		editor.clickLink("Neues Formular")
			.fill("Titel (deutsch)", "Hundehaltung anzeigen").fill("Titel (englisch)", "Register a dog")
			.fill("Kurzbezeichnung für die Adresse", slug).choose("Verantwortliche Stelle", unit)
			.press("Formular anlegen");
		assertThat(editor.heading()).isEqualTo("Hundehaltung anzeigen – Version 1 Seite „Seite 1“");
		assertThat(editor.text("#vorschau")).contains("Auf dieser Seite gibt es noch keine Fragen.");

		editor.fill("Titel der Seite (deutsch)", "Hund").fill("Titel der Seite (englisch)", "Dog").press("Seite speichern");
		assertThat(editor.heading()).endsWith("Seite „Hund“");

		addQuestion(editor, "Kurzer Text");
		editor.fill("Frage (deutsch)", "Name des Hundes").fill("Frage (englisch)", "Name of the dog").fill("Technischer Name", "name")
			.tick("Pflichtangabe").fill("Höchstens Zeichen", "40");
		if (editor.javaScriptEnabled()) {
			// htmx draws the question into the preview while it is typed, before it is saved
			awaitText(editor, "#vorschau-live", "Name des Hundes");
		}
		editor.press("Frage anlegen");
		assertThat(editor.text()).contains("Die Frage „Name des Hundes“ ist angelegt.");

		// an impossible range is explained at its input, and nothing is stored until it is right
		addQuestion(editor, "Zahl");
		editor.fill("Frage (deutsch)", "Alter in Jahren").fill("Frage (englisch)", "Age in years").fill("Technischer Name", "alter")
			.tick("Pflichtangabe").fill("Kleinste Zahl", "30").fill("Größte Zahl", "0").press("Frage anlegen");
		assertThat(editor.text(".portal-error-summary")).contains("Die kleinste Zahl (30) ist größer als die größte (0).");
		assertThat(editor.element(".portal-error-summary a").getAttribute("href")).endsWith("#min");
		editor.fill("Kleinste Zahl", "0").fill("Größte Zahl", "30").press("Frage anlegen");
		assertThat(editor.text()).contains("Die Frage „Alter in Jahren“ ist angelegt.");

		addQuestion(editor, "Auswahl (eine Antwort)");
		editor.fill("Frage (deutsch)", "Rasse").fill("Frage (englisch)", "Breed").fill("Technischer Name", "rasse").tick("Pflichtangabe")
			.fill("Auswahl 1: Bezeichnung (deutsch)", "Mischling").fill("Auswahl 1: Bezeichnung (englisch)", "Mixed breed")
			.fill("Auswahl 2: Bezeichnung (deutsch)", "Rassehund").fill("Auswahl 2: Bezeichnung (englisch)", "Pedigree dog")
			.fill("Auswahl 3: Bezeichnung (deutsch)", "Sonstiger Hund").fill("Auswahl 3: Bezeichnung (englisch)", "Other dog")
			.press("Weitere Auswahlmöglichkeit");
		assertThat(editor.value("Auswahl 3: Bezeichnung (deutsch)")).as("the rows are kept").isEqualTo("Sonstiger Hund");
		editor.fill("Auswahl 4: Bezeichnung (deutsch)", "Listenhund").fill("Auswahl 4: Bezeichnung (englisch)", "Listed breed")
			.fill("Auswahl 4: Wert", "listenhund").press("Frage anlegen");
		assertThat(editor.text("#vorschau")).contains("Mischling", "Rassehund", "Listenhund");

		addQuestion(editor, "Datum");
		editor.fill("Frage (deutsch)", "Seit wann halten Sie den Hund?").fill("Frage (englisch)", "Since when have you kept the dog?")
			.fill("Technischer Name", "seit").tick("Pflichtangabe").fill("Frühestens (Tage ab heute)", "-9000")
			.fill("Spätestens (Tage ab heute)", "0")
			.choose("Bedingung 1: Frage", "Hund › Rasse").choose("Bedingung 1: Vergleich", "ist gleich").fill("Bedingung 1: Wert", "listenhund")
			.press("Frage anlegen");
		assertThat(editor.text("table")).contains("Seit wann halten Sie den Hund? Nur gezeigt, wenn „Rasse“ „Listenhund“ ist.");
		assertThat(editor.text("#vorschau")).contains("Nur ausfüllen, wenn „Rasse“ „Listenhund“ ist.");

		addQuestion(editor, "Ja/Nein");
		editor.fill("Frage (deutsch)", "Ist der Hund versichert?").fill("Frage (englisch)", "Is the dog insured?")
			.fill("Technischer Name", "versichert").tick("Pflichtangabe").press("Frage anlegen");

		// order: the insurance question moves up above the date, with buttons instead of drag and drop
		editor.clickLink("Ist der Hund versichert?").press("Frage nach oben verschieben");
		assertThat(editor.text()).contains("Verschoben.");
		editor.clickLink("Zurück zur Seite „Hund“");
		assertThat(editor.texts("#fragen ~ .kern-table-responsive th[scope=row] a")).containsExactly("Name des Hundes", "Alter in Jahren",
				"Rasse", "Ist der Hund versichert?", "Seit wann halten Sie den Hund?");

		// a second page with a group and a repetition
		editor.clickLink("Zur Übersicht des Formulars").fill("Titel der Seite (deutsch)", "Halterin oder Halter")
			.fill("Titel der Seite (englisch)", "Keeper").press("Seite hinzufügen");
		assertThat(editor.heading()).endsWith("Seite „Halterin oder Halter“");

		addQuestion(editor, "Gruppe von Fragen");
		editor.fill("Überschrift (deutsch)", "Erreichbarkeit").fill("Überschrift (englisch)", "How to reach you").fill("Technischer Name", "kontakt")
			.fill("Erste Frage (deutsch)", "Telefon").fill("Technischer Name der ersten Frage", "telefon")
			.choose("Art der ersten Frage", "Telefonnummer").press("Frage anlegen");
		assertThat(editor.heading()).endsWith("Frage „Erreichbarkeit“");
		editor.choose("Art der neuen Frage darin", "E-Mail-Adresse").press("Frage darin hinzufügen");
		editor.fill("Frage (deutsch)", "E-Mail").fill("Frage (englisch)", "E-mail").fill("Technischer Name", "email").tick("Pflichtangabe")
			.press("Frage anlegen");
		assertThat(editor.texts("#fragen ~ .kern-table-responsive th[scope=row] a")).containsExactly("Telefon", "E-Mail");
		editor.clickLink("Zurück zur Seite „Halterin oder Halter“");

		addQuestion(editor, "Wiederholbare Gruppe");
		editor.fill("Frage (deutsch)", "Person").fill("Frage (englisch)", "Person").fill("Technischer Name", "personen")
			.fill("Mindestens Einträge", "1").fill("Höchstens Einträge", "3")
			.fill("Erste Frage (deutsch)", "Vorname").fill("Technischer Name der ersten Frage", "vorname").press("Frage anlegen");
		assertThat(editor.heading()).endsWith("Frage „Person“");
		editor.clickLink("Vorname").fill("Frage (englisch)", "First name").tick("Pflichtangabe").press("Frage speichern");
		editor.clickLink("Zurück zu „Person“").choose("Art der neuen Frage darin", "Ja/Nein").press("Frage darin hinzufügen");
		editor.fill("Frage (deutsch)", "Volljährig?").fill("Frage (englisch)", "Of age?").fill("Technischer Name", "volljaehrig")
			.tick("Pflichtangabe").press("Frage anlegen");
		assertThat(editor.text("#vorschau")).contains("Person 1", "Vorname", "Volljährig?", "Erreichbarkeit", "Telefon (optional)");
	}

	private static void addQuestion(Browser editor, String type) {
		editor.choose("Art der neuen Frage", type).press("Frage hinzufügen");
		assertThat(editor.heading()).endsWith("Neue Frage: " + type);
	}

	private static void sendToReview(Browser editor) {
		editor.clickLink("Zur Übersicht des Formulars");
		assertThat(editor.texts("#seiten ~ .kern-table-responsive th[scope=row] a")).containsExactly("Hund", "Halterin oder Halter");
		editor.clickLink("Zurück zu Version 1");
		assertThat(editor.text("#stand")).isEqualTo("Entwurf");
		editor.press("Zur Prüfung senden");
		assertThat(editor.text()).contains("Die Version ist zur Prüfung gesendet.");
		assertThat(editor.text("#stand")).isEqualTo("In Prüfung");
		assertThat(editor.text("#schritte ~ .portal-builder-actions")).doesNotContain("Bearbeiten", "Freigeben");
	}

	/** Staff sign in with password and a second factor; the first time they set up their authenticator app. */
	private static void signIn(Browser browser, String email) {
		browser.open("/").clickLink("Anmelden").fill("E-Mail-Adresse", email).fill("Passwort", TestAccounts.PASSWORD).press("Anmelden");
		assertThat(browser.path()).isEqualTo("/konto/zwei-faktor/einrichten");
		String secret = browser.text("#totp-secret").replace(" ", "");
		browser.fill("Sicherheitscode", code(secret)).press("Einrichten").press("Codes gesichert – weiter");
		assertThat(browser.heading()).isEqualTo("Amtsstube");
	}

	private static String code(String secret) {
		try {
			return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Waits for an enhancement (htmx) to change part of the page, as a person would wait for it. */
	private static void awaitText(Browser browser, String selector, String text) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!browser.text(selector).contains(text)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("\"" + text + "\" did not appear in " + selector + ": " + browser.text(selector));
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
