package de.amtsportal.intranet;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binding circular: the school supervision publishes it to three schools, the heads of two schools confirm
 * having read it, the publisher sees who has and has not, reminds the third school by mail and exports the list —
 * in German with JavaScript, in English without. Every page is checked with axe-core.
 */
@BrowserTest
class CircularBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Test
	void circularIsConfirmedRemindedAndExportedInGerman(Browser publisher, Browser first, Browser second) throws Exception {
		journey(Language.GERMAN, publisher, first, second);
	}

	@Test
	void circularIsConfirmedRemindedAndExportedInEnglishWithoutJavaScript(@WithoutJavaScript Browser publisher,
			@WithoutJavaScript Browser first, @WithoutJavaScript Browser second) throws Exception {
		journey(Language.ENGLISH, publisher, first, second);
	}

	@Test
	void circularPerPersonIsConfirmedRemindedAndExportedInGerman(Browser publisher, Browser first, Browser second) throws Exception {
		perPerson(Language.GERMAN, publisher, first, second);
	}

	@Test
	void circularPerPersonIsConfirmedRemindedAndExportedInEnglishWithoutJavaScript(@WithoutJavaScript Browser publisher,
			@WithoutJavaScript Browser first, @WithoutJavaScript Browser second) throws Exception {
		perPerson(Language.ENGLISH, publisher, first, second);
	}

	private void journey(Language l, Browser publisher, Browser first, Browser second) throws Exception {
		TestAccounts people = new TestAccounts(context);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Organisation technik = people.institution("OSZ Technik " + suffix);
		Organisation wirtschaft = people.institution("OSZ Wirtschaft " + suffix);
		Organisation gesundheit = people.institution("OSZ Gesundheit " + suffix);
		Account editor = people.create(TestAccounts.unique("schulaufsicht"), Membership.global(Role.FORM_EDITOR));
		Account headTechnik = people.member(TestAccounts.unique("leitung-technik"), technik.id(), "Schulleitung");
		Account officeWirtschaft = people.member(TestAccounts.unique("sekretariat-wirtschaft"), wirtschaft.id(), "Verwaltung");
		Account headGesundheit = people.member(TestAccounts.unique("leitung-gesundheit"), gesundheit.id(), "Schulleitung");
		Account teacherGesundheit = people.member(TestAccounts.unique("lehrkraft-gesundheit"), gesundheit.id(), "Lehrkraft");
		String title = "Rundschreiben 12/2026 Notenschluss " + suffix;

		StaffSignIn.firstTime(publisher, editor.email(), TestAccounts.PASSWORD, l);
		publisher.clickLink(l.pick("Intranet: Mitteilungen und Rundschreiben", "Intranet: news and circulars"))
			.clickLink(l.pick("Neue Mitteilung", "New item"));
		publisher.press(l.pick("Entwurf speichern", "Save draft"));
		assertThat(publisher.text("#fehler")).contains(
				l.pick("Bitte geben Sie einen Titel", "Please enter a title"),
				l.pick("mindestens eine Einrichtung", "at least one institution"),
				l.pick("mindestens eine Zielgruppe", "at least one target group"));
		publisher.fill(l.pick("Titel", "Title"), title)
			.fill(l.pick("Text", "Text"), "Die Zeugniskonferenzen finden bis zum **18. Dezember** statt.\n\n- Noten bis 11.12. eintragen\n- Protokolle an die Schulaufsicht")
			.tick(technik.name()).tick(wirtschaft.name()).tick(gesundheit.name())
			.tick(l.pick("Schulleitung", "School management")).tick(l.pick("Verwaltung", "Administration staff"))
			.press(l.pick("Entwurf speichern", "Save draft"));
		assertThat(publisher.heading()).contains(title);
		publisher.press(l.pick("Veröffentlichen", "Publish"));
		assertThat(publisher.text()).contains(l.pick("Die Mitteilung ist veröffentlicht.", "The item has been published."),
				l.pick("0 von 3 Einrichtungen haben bestätigt.", "0 of 3 institutions have confirmed."));
		assertThat(publisher.element(".portal-rich-text strong").getText()).isEqualTo("18. Dezember");

		confirm(first, headTechnik, title, technik, l);
		confirm(second, officeWirtschaft, title, wirtschaft, l);

		publisher.open(publisher.path());
		assertThat(publisher.text()).contains(l.pick("2 von 3 Einrichtungen haben bestätigt.", "2 of 3 institutions have confirmed."));
		assertThat(publisher.texts("#bestaetigungen tbody tr")).anySatisfy(row -> assertThat(row)
			.startsWith(technik.name() + " " + l.pick("bestätigt", "confirmed")).endsWith("Test " + local(headTechnik)))
			.anySatisfy(row -> assertThat(row).isEqualTo(gesundheit.name() + " " + l.pick("offen", "open")));

		publisher.press(l.pick("Erinnerung an die offenen Einrichtungen senden", "Send a reminder to the open institutions"));
		assertThat(publisher.text()).contains(l.pick("Erinnerung an 1 Einrichtung(en) gesendet.", "Reminder sent to 1 institution(s)."));
		Inbox.Mail reminder = new Inbox(greenMail).awaitSubject(headGesundheit.email(), "Lesebestätigung Ihrer Einrichtung");
		// the account's language is German, whatever the publisher's; a mail leaves the portal, so it names no circular
		assertThat(reminder.subject()).startsWith("Erinnerung");
		assertThat(reminder.subject() + reminder.body()).doesNotContain(title);
		String link = reminder.link("/intranet/mitteilungen/");
		assertThat(link).endsWith(publisher.path().replace("/amt/intranet/", "/intranet/mitteilungen/").replaceAll("\\?.*", ""));
		// the notice of publication went to every addressed member; the reminder only to the school that has not confirmed
		assertThat(sentTo(headTechnik, "Lesebestätigung Ihrer Einrichtung")).as("a school that confirmed gets no reminder").isFalse();
		assertThat(sentTo(teacherGesundheit, "")).as("teachers were not addressed, not even by the notice").isFalse();

		HttpResponse<String> csv = export(publisher, l);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body().lines()).hasSize(4)
			.first().isEqualTo(l.pick("Einrichtung,Stand,Bestätigt am,Bestätigt von", "Institution,Status,Confirmed on,Confirmed by"));
		assertThat(csv.body()).contains(gesundheit.name() + "," + l.pick("offen", "open") + ",,")
			.contains(wirtschaft.name() + "," + l.pick("bestätigt", "confirmed") + ",");
	}

	/**
	 * The school supervision asks every head and teacher of two schools to confirm for themselves; the heads of
	 * both schools confirm, each seeing only their own confirmation; the publisher sees per school who has, reminds
	 * the one teacher left and exports the persons.
	 */
	private void perPerson(Language l, Browser publisher, Browser first, Browser second) throws Exception {
		TestAccounts people = new TestAccounts(context);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Organisation technik = people.institution("OSZ Technik " + suffix);
		Organisation wirtschaft = people.institution("OSZ Wirtschaft " + suffix);
		Account editor = people.create(TestAccounts.unique("schulaufsicht"), Membership.global(Role.FORM_EDITOR));
		Account headTechnik = people.member(TestAccounts.unique("leitung-technik"), technik.id(), "Schulleitung");
		Account teacherTechnik = people.member(TestAccounts.unique("lehrkraft-technik"), technik.id(), "Lehrkraft");
		Account headWirtschaft = people.member(TestAccounts.unique("leitung-wirtschaft"), wirtschaft.id(), "Schulleitung");
		Account officeWirtschaft = people.member(TestAccounts.unique("sekretariat-wirtschaft"), wirtschaft.id(), "Verwaltung");
		String title = "Rundschreiben 13/2026 Datenschutzbelehrung " + suffix;

		StaffSignIn.firstTime(publisher, editor.email(), TestAccounts.PASSWORD, l);
		publisher.clickLink(l.pick("Intranet: Mitteilungen und Rundschreiben", "Intranet: news and circulars"))
			.clickLink(l.pick("Neue Mitteilung", "New item"))
			.fill(l.pick("Titel", "Title"), title)
			.fill(l.pick("Text", "Text"), "Bitte lesen Sie die Belehrung zum Datenschutz.")
			.tick(l.pick("je Person: jede angesprochene Person bestätigt für sich", "per person: every addressed person confirms for themselves"))
			.tick(technik.name()).tick(wirtschaft.name())
			.tick(l.pick("Schulleitung", "School management")).tick(l.pick("Lehrkraft", "Teacher"))
			.press(l.pick("Entwurf speichern", "Save draft"))
			.press(l.pick("Veröffentlichen", "Publish"));
		assertThat(publisher.text()).contains(l.pick("0 von 3 Personen haben bestätigt.", "0 of 3 persons have confirmed."))
			.doesNotContain(local(officeWirtschaft));

		for (Browser member : List.of(first, second)) {
			Account head = member == first ? headTechnik : headWirtschaft;
			signIn(member, head, l);
			member.clickLink(title);
			assertThat(member.text()).contains(l.pick("Dieses Rundschreiben bittet jede angesprochene Person um ihre eigene Lesebestätigung.",
					"This circular asks every addressed person for their own read confirmation."));
			member.press(l.pick("Gelesen und zur Kenntnis genommen", "Read and taken note of"));
			assertThat(member.text()).contains(l.pick("Danke, Ihre Lesebestätigung ist eingegangen.", "Thank you, your read confirmation has been received."),
					l.pick("Sie haben am ", "you confirmed that you have read and taken note"));
			assertThat(member.texts("button")).doesNotContain(l.pick("Gelesen und zur Kenntnis genommen", "Read and taken note of"));
		}
		assertThat(second.text()).as("members never see who else confirmed").doesNotContain(local(headTechnik));

		publisher.open(publisher.path());
		assertThat(publisher.text()).contains(l.pick("2 von 3 Personen haben bestätigt.", "2 of 3 persons have confirmed."),
				l.pick("1 von 2 Personen haben bestätigt.", "1 of 2 persons have confirmed."),
				l.pick("1 von 1 Personen haben bestätigt.", "1 of 1 persons have confirmed."));
		assertThat(publisher.texts(".portal-person-confirmations tbody tr"))
			.anySatisfy(row -> assertThat(row).startsWith("Test " + local(headTechnik) + " " + l.pick("Schulleitung bestätigt", "School management confirmed")))
			.anySatisfy(row -> assertThat(row).isEqualTo("Test " + local(teacherTechnik) + " " + l.pick("Lehrkraft offen", "Teacher open")));

		publisher.press(l.pick("Erinnerung an die offenen Personen senden", "Send a reminder to the open persons"));
		assertThat(publisher.text()).contains(l.pick("Erinnerung an 1 Person(en) gesendet.", "Reminder sent to 1 person(s)."));
		Inbox.Mail reminder = new Inbox(greenMail).awaitSubject(teacherTechnik.email(), "Ein Rundschreiben wartet auf Ihre Lesebestätigung");
		// the teacher's account is German; like the notifications, the mail does not give the title away
		assertThat(reminder.body()).contains("persönliche Lesebestätigung").doesNotContain(title).doesNotContain("Datenschutz");
		assertThat(reminder.subject()).doesNotContain(title);
		assertThat(reminder.link("/intranet/mitteilungen/"))
			.endsWith(publisher.path().replace("/amt/intranet/", "/intranet/mitteilungen/").replaceAll("[?#].*", ""));
		assertThat(sentTo(headTechnik, "Erinnerung")).as("a head who confirmed gets no reminder").isFalse();
		assertThat(sentTo(headWirtschaft, "Erinnerung")).as("a head who confirmed gets no reminder").isFalse();
		assertThat(sentTo(officeWirtschaft, "")).as("the office was not addressed").isFalse();

		HttpResponse<String> csv = export(publisher, l);
		assertThat(csv.body().lines()).hasSize(4).first().isEqualTo(l.pick("Einrichtung,Person,Zielgruppe,Stand,Bestätigt am",
				"Institution,Person,Target group,Status,Confirmed on"));
		assertThat(csv.body()).contains(technik.name() + ",Test " + local(teacherTechnik) + "," + l.pick("Lehrkraft,offen,", "Teacher,open,"))
			.contains(wirtschaft.name() + ",Test " + local(headWirtschaft) + "," + l.pick("Schulleitung,bestätigt,", "School management,confirmed,"));
	}

	/** The read confirmations as the publisher downloads them, in the journey's language. */
	private static HttpResponse<String> export(Browser publisher, Language l) throws Exception {
		HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(publisher.address(
				publisher.path().replaceAll("[?#].*", "") + "/lesebestaetigungen.csv")).header("Cookie", publisher.cookieHeader())
			.header("Accept-Language", l == Language.GERMAN ? "de-DE" : "en-GB").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		return csv;
	}

	private void confirm(Browser browser, Account member, String title, Organisation institution, Language l) {
		signIn(browser, member, l);
		browser.clickLink(title);
		assertThat(browser.text()).contains("Die Zeugniskonferenzen finden bis zum 18. Dezember statt.",
				l.pick(institution.name() + ": noch nicht bestätigt", institution.name() + ": not confirmed yet"));
		browser.press(l.pick("Kenntnisnahme bestätigen", "Confirm having read it"));
		assertThat(browser.text()).contains(l.pick("Danke, Ihre Lesebestätigung ist eingegangen.", "Thank you, your read confirmation has been received."),
				institution.name() + l.pick(": bestätigt am ", ": confirmed on "));
		assertThat(browser.texts("button")).doesNotContain(l.pick("Kenntnisnahme bestätigen", "Confirm having read it"));
	}

	private static void signIn(Browser browser, Account member, Language l) {
		browser.open("/");
		if (l == Language.ENGLISH) {
			browser.clickLink("English");
		}
		browser.clickLink(l.pick("Anmelden", "Sign in")).fill(l.pick("E-Mail-Adresse", "E-mail address"), member.email())
			.fill(l.pick("Passwort", "Password"), TestAccounts.PASSWORD).press(l.pick("Anmelden", "Sign in"));
		assertThat(browser.path()).isEqualTo("/intranet");
	}

	/** Whether a mail whose subject contains the text went to the account. */
	private boolean sentTo(Account account, String subject) {
		return java.util.Arrays.stream(greenMail.getReceivedMessages()).anyMatch(m -> {
			try {
				return m.getSubject().contains(subject)
						&& java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(account.email()));
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static String local(Account account) {
		return account.email().substring(0, account.email().indexOf('@'));
	}
}
