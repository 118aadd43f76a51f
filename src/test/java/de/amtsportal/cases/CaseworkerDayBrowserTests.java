package de.amtsportal.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.amtsportal.access.Role;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.decisions.internal.TemplateEditing;
import de.amtsportal.decisions.internal.TemplateText;
import de.amtsportal.documents.signing.SignatureCheck;
import de.amtsportal.documents.signing.SignatureVerdict;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.AccountPrincipal;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.PdfA;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A caseworker's day: the inbox, a filter, taking a new case over, a query to the applicant, her answer in the
 * Postfach (in her own browser), the case back in progress, a decision from the service's template (edited,
 * previewed as PDF, sealed) that she finds in her Postfach, the case decided and closed — in German with
 * JavaScript, in English without. Every page both browsers reach, the decision page too, is checked with axe-core.
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
		template(people, slug);

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

		// back in progress in the case
		String caseId = caseId(staff);
		await().atMost(Duration.ofSeconds(15)).until(() -> staff.open("/amt/vorgaenge/" + caseId).text("#inhalt dl")
			.contains(l.pick("In Bearbeitung", "In progress")));
		assertThat(staff.text()).contains("Seit dem 1. November.");

		// the decision: the draft from the service's template, the text edited, the PDF looked at before anything
		// is sent, then sealed and delivered
		staff.clickLink(l.pick("Bescheid erstellen", "Create a decision"));
		assertThat(staff.heading()).contains(reference);
		String title = l.pick("Titel", "Title");
		String body = l.pick("Text des Bescheids", "Text of the decision");
		assertThat(staff.value(title)).isEqualTo("Bescheid zu " + reference);
		assertThat(staff.value(body)).contains("Sehr geehrte/r Erika " + familyName, "Jede Nacht ab 2 Uhr laute Musik.")
			.doesNotContain("{{");
		String text = staff.value(body) + "\n\nDie Musik ist ab 22 Uhr leiser zu stellen.";
		staff.fill(body, text);
		byte[] preview = preview(staff, submission, staff.value(title), text);
		PdfA.assertCompliant(preview);
		assertThat(PdfA.text(preview)).contains("Die Musik ist ab 22 Uhr leiser zu stellen.", reference);
		assertThat(context.getBean(SignatureCheck.class).check(preview).valid()).as("the preview is not sealed").isFalse();
		citizen.open("/postfach/antrag/" + submission);
		assertThat(citizen.text()).doesNotContain("Bescheid-" + reference + ".pdf");

		staff.press(l.pick("Unterschreiben und zustellen", "Sign and deliver"));
		assertThat(staff.path()).startsWith("/amt/postfach/antrag/" + submission);
		assertThat(staff.text()).contains("Bescheid-" + reference + ".pdf");

		// Erika finds the sealed decision in her Postfach; its seal validates
		citizen.open("/postfach/antrag/" + submission);
		assertThat(citizen.text()).contains("Bescheid zu " + reference, "Bescheid-" + reference + ".pdf");
		UUID decision = context.getBean(Mailbox.class).messages(submission).stream().filter(m -> m.kind() == MessageKind.DECISION)
			.findFirst().orElseThrow().attachments().get(0).documentId();
		assertThat(citizen.element("a[href$='/dateien/" + decision + "']").getText()).contains("Bescheid-" + reference + ".pdf");
		byte[] sealed = download(citizen, "/postfach/antrag/" + submission + "/dateien/" + decision);
		SignatureVerdict verdict = context.getBean(SignatureCheck.class).check(sealed);
		assertThat(verdict.valid()).as(verdict.reason()).isTrue();
		assertThat(PdfA.text(sealed)).contains("Die Musik ist ab 22 Uhr leiser zu stellen.");

		// the case follows: decided, then closed
		await().atMost(Duration.ofSeconds(15)).until(() -> staff.open("/amt/vorgaenge/" + caseId).text("#inhalt dl")
			.contains(l.pick("Entschieden", "Decided")));
		staff.press(l.pick("Abschließen", "Close"));
		assertThat(staff.text("#inhalt dl")).contains(l.pick("Abgeschlossen", "Closed"));
		citizen.open("/antraege/" + submission);
		assertThat(citizen.text()).contains(l.pick("Abgeschlossen", "Closed"));
	}

	/** The decision template of the service, as a form editor saves it. */
	private void template(TestAccounts people, String slug) {
		Account editor = people.create(TestAccounts.unique("redaktion"), Membership.global(Role.FORM_EDITOR));
		AccountPrincipal principal = people.principal(editor);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			context.getBean(TemplateEditing.class).save(context.getBean(Catalog.class).find(slug).orElseThrow().id(),
					new TemplateText("Bescheid zu {{aktenzeichen}}",
							"Sehr geehrte/r {{antragsteller.name}},\n\nSie schrieben: {{feld:beschreibung}}",
							"Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden."),
					new TemplateText("", "", ""));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** What the preview button shows: the PDF the decision page posts its form to, fetched with the browser's session. */
	private static byte[] preview(Browser staff, UUID submission, String title, String text) {
		String form = "_csrf=" + encode(staff.element("input[name=_csrf]").getDomProperty("value")) + "&title=" + encode(title)
				+ "&text=" + encode(text);
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(staff.address("/amt/bescheide/antrag/" + submission + "/vorschau"))
			.header("Cookie", staff.cookieHeader()).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build());
		assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		return response.body();
	}

	private static byte[] download(Browser browser, String path) {
		return send(HttpRequest.newBuilder(browser.address(path)).header("Cookie", browser.cookieHeader()).build()).body();
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String caseId(Browser staff) {
		return staff.path().replaceAll(".*/amt/vorgaenge/([0-9a-f-]{36}).*", "$1");
	}
}
