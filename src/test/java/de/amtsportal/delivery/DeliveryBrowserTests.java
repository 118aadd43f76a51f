package de.amtsportal.delivery;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.delivery.internal.DeliveryWorker;
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
 * An administrator sets up a webhook for a service and takes its key, a citizen applies, the receiver refuses
 * the delivery, and the administrator tries it again once the receiver works: every page in German and in
 * English, keyboard and forms only, each checked with axe-core.
 */
@BrowserTest
class DeliveryBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryWorker worker;

	@Test
	void anAdministratorSetsUpAWebhookAndRetriesARefusedDeliveryInGerman(Browser admin, Browser citizen) throws Exception {
		deliverAndRetry(admin, citizen, Language.GERMAN);
	}

	@Test
	void anAdministratorSetsUpAWebhookAndRetriesARefusedDeliveryInEnglishWithoutJavaScript(@WithoutJavaScript Browser admin,
			@WithoutJavaScript Browser citizen) throws Exception {
		deliverAndRetry(admin, citizen, Language.ENGLISH);
	}

	private void deliverAndRetry(Browser browser, Browser citizen, Language l) throws Exception {
		TestAccounts people = new TestAccounts(context);
		String slug = new ApplicationFixtures(context).service(people.unit("Bauamt " + UUID.randomUUID().toString().substring(0, 6)),
				SignIn.OPTIONAL).slug();
		String email = TestAccounts.unique("verwaltung");
		people.administrator(email);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			StaffSignIn.firstTime(browser, email, TestAccounts.PASSWORD, l);
			browser.clickLink(l.pick("Zustellung an Fachverfahren", "Delivery to specialist procedures"));
			assertThat(browser.heading()).isEqualTo(l.pick("Zustellung an Fachverfahren", "Delivery to specialist procedures"));
			browser.clickLink(l.pick("Zustellkanäle einrichten", "Set up delivery channels"));
			browser.press(l.pick("Kanal anlegen", "Create channel"));
			assertThat(browser.text(".portal-error-summary")).contains(l.pick("Bitte wählen Sie die Art des Kanals.",
					"Please choose the kind of channel."));
			browser.fill(l.pick("Leistung", "Service"), slug)
				.choose(l.pick("Art", "Kind"), l.pick("Webhook (signiert)", "Webhook (signed)"))
				.fill("Name", "Bauakte")
				.fill(l.pick("Ziel", "Target"), receiver.url())
				.press(l.pick("Kanal anlegen", "Create channel"));
			assertThat(browser.heading()).isEqualTo(l.pick("Kanal „Bauakte“ angelegt", "Channel “Bauakte” created"));
			String secret = browser.text("#secret");
			assertThat(secret).startsWith("whsec_");
			receiver.secret(secret);
			browser.clickLink(l.pick("Zurück zu den Kanälen", "Back to the channels"));
			assertThat(browser.text()).contains("Bauakte").doesNotContain(secret);

			String reference = apply(citizen, slug);
			receiver.behave(WebhookReceiver.Behaviour.REFUSE);
			await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
					"select count(*) from delivery where reference = ?", Integer.class, reference) == 1);
			assertThat(worker.deliverDue()).isOne();

			browser.clickLink(l.pick("Zurück zur Zustellung", "Back to delivery"));
			assertThat(browser.text("table")).contains(reference, "Bauakte", "HTTP 400", l.pick("fehlgeschlagen", "failed"));
			receiver.behave(WebhookReceiver.Behaviour.WORK);
			browser.press(l.pick("Erneut versuchen : " + reference + " an Bauakte", "Try again : " + reference + " to Bauakte"));
			assertThat(browser.text()).contains(l.pick("Die Zustellung wird erneut versucht.", "The delivery is being tried again."));
			assertThat(worker.deliverDue()).isOne();
			browser.open("/amt/zustellung");
			assertThat(browser.text()).doesNotContain(reference);
			assertThat(receiver.stored()).hasSize(1);
			assertThat(receiver.arrivals()).hasSize(2).allSatisfy(a -> assertThat(a.signatureValid()).isTrue());
		}
		finally {
			DeliveryFixtures.forgetDeliveries(jdbc);
		}
	}

	/** The citizen's side, in German: the noise complaint without files; returns the reference number. */
	private static String apply(Browser citizen, String slug) {
		citizen.open("/leistungen/" + slug).clickLink("Online beantragen").press("Antrag beginnen");
		citizen.fill("Vorname", "Erika").fill("Nachname", "Mustermann").fill("E-Mail-Adresse", TestAccounts.unique("erika"))
			.press("Weiter");
		citizen.fill("Beschreibung", "Nachts laute Musik.").press("Weiter");
		citizen.press("Antrag verbindlich absenden");
		return citizen.text(".portal-reference");
	}
}
