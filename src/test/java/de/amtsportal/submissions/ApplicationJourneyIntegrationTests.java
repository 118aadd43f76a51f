package de.amtsportal.submissions;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.PdfA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A citizen applies page by page, submits once, and nobody else can see the draft or the application. */
@IntegrationTest
class ApplicationJourneyIntegrationTests {

	private static final Pattern DRAFT_PAGE = Pattern.compile("/antrag/[^/]+/([0-9a-f-]{36})/person");
	private static final Pattern CONFIRMATION = Pattern.compile("/antraege/([0-9a-f-]{36})/bestaetigung");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	TestAccounts people;
	ApplicationFixtures fixtures;
	OrgUnit unit;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		fixtures = new ApplicationFixtures(context);
		unit = people.unit("Ordnungsamt");
	}

	@Test
	void anAnonymousCitizenAppliesPageByPageAndSubmitsExactlyOnce() throws Exception {
		String slug = fixtures.service(unit, SignIn.OPTIONAL).slug();
		MockHttpSession session = new MockHttpSession();

		mvc.perform(get("/antrag/" + slug).session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Der Antrag hat 2 Schritte"), containsString("Antrag beginnen"))));
		String first = mvc.perform(post("/antrag/" + slug).session(session).with(csrf()))
			.andExpect(redirectedUrlPattern("/antrag/" + slug + "/*/person")).andReturn().getResponse().getRedirectedUrl();
		String draftId = group(DRAFT_PAGE, first);
		String base = "/antrag/" + slug + "/" + draftId;

		mvc.perform(get(first).session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Schritt 1 von 2"), containsString("name=\"f.vorname\""))));
		// a missing answer stays on the page with the message at the field
		mvc.perform(post(base + "/person").session(session).with(csrf()).param("f.vorname", "Erika").param("f.email", "kein-mail"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#f-nachname\""), containsString("aria-invalid=\"true\""))));
		// the answers given so far were saved nonetheless
		assertThat(jdbc.queryForObject("select answers from submission_draft where id = ?", String.class, UUID.fromString(draftId)))
			.contains("Erika");
		String email = TestAccounts.unique("erika");
		mvc.perform(post(base + "/person").session(session).with(csrf()).param("f.vorname", "Erika")
			.param("f.nachname", "Mustermann").param("f.email", email))
			.andExpect(redirectedUrl(base + "/angaben"));
		// an answer to a field of another page or an unknown field is ignored
		mvc.perform(post(base + "/angaben").session(session).with(csrf()).param("f.beschreibung", "Nachts laute Musik.")
			.param("f.vorname", "Mallory").param("f.admin", "ja"))
			.andExpect(redirectedUrl(base + "/pruefen"));

		mvc.perform(get(base + "/pruefen").session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Erika"), containsString("Nachts laute Musik."), not(containsString("Mallory")),
					containsString("Antrag verbindlich absenden"))));

		MvcResult submitted = mvc.perform(post(base + "/absenden").session(session).with(csrf()))
			.andExpect(redirectedUrlPattern("/antraege/*/bestaetigung")).andReturn();
		String confirmation = submitted.getResponse().getRedirectedUrl();
		// double click, retry, replayed request: the same submission, never a second one
		mvc.perform(post(base + "/absenden").session(session).with(csrf())).andExpect(redirectedUrl(confirmation));
		mvc.perform(post(base + "/absenden").session(session).with(csrf())).andExpect(redirectedUrl(confirmation));
		assertThat(jdbc.queryForObject("select count(*) from submission where draft_id = ?", Integer.class, UUID.fromString(draftId)))
			.isEqualTo(1);
		UUID submissionId = UUID.fromString(group(CONFIRMATION, confirmation));
		// what follows the submission was committed with it: the confirmation mail and the case (ADR 0029)
		assertThat(jdbc.queryForObject("select count(*) from backlog_item where item = ?", Integer.class, submissionId)
				+ jdbc.queryForObject("select count(*) from outgoing_mail where subject like ?", Integer.class,
						"%(" + jdbc.queryForObject("select reference from submission where id = ?", String.class, submissionId) + ")"))
			.isPositive();

		mvc.perform(get(confirmation).session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ihr Antrag ist eingegangen"), containsString("In der Regel zwei Wochen."))))
			.andExpect(content().string(matchesPattern("(?s).*MUS-\\d{4}-\\d{6}.*")));
		mvc.perform(get("/antraege/" + submissionId).session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Eingegangen"), containsString("Nachts laute Musik."))));
		// the receipt: PDF/A with every answer, a download (never shown inline)
		MvcResult receipt = mvc.perform(get("/antraege/" + submissionId + "/eingangsbestaetigung.pdf").session(session))
			.andExpect(status().isOk()).andReturn();
		assertThat(receipt.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(receipt.getResponse().getHeader("Content-Disposition")).startsWith("attachment;").contains("Eingangsbestaetigung-MUS-");
		byte[] pdf = receipt.getResponse().getContentAsByteArray();
		PdfA.assertCompliant(pdf);
		assertThat(PdfA.text(pdf)).contains("Eingangsbestätigung", "Erika", "Mustermann", "Nachts laute Musik.", "Lärmbeschwerde");

		// the draft pages now lead to the confirmation
		mvc.perform(get(base + "/person").session(session)).andExpect(redirectedUrl(confirmation));

		// another browser sees neither the draft nor the application
		MockHttpSession stranger = new MockHttpSession();
		mvc.perform(get(base + "/person").session(stranger)).andExpect(status().isNotFound());
		mvc.perform(post(base + "/absenden").session(stranger).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(confirmation).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/antraege/" + submissionId).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/antraege/" + submissionId + "/eingangsbestaetigung.pdf").session(stranger)).andExpect(status().isNotFound());
		Account citizen = people.citizen(TestAccounts.unique("mallory"));
		mvc.perform(get("/antraege/" + submissionId).with(people.signedIn(citizen))).andExpect(status().isNotFound());
		mvc.perform(get("/antraege/" + submissionId + "/eingangsbestaetigung.pdf").with(people.signedIn(citizen)))
			.andExpect(status().isNotFound());
		mvc.perform(get(base + "/person").with(people.signedIn(citizen))).andExpect(status().isNotFound());

		// the confirmation mail: reference and the secret link to the application, none of the answers
		Inbox.Mail mail = new Inbox(greenMail).await(email);
		assertThat(mail.subject()).contains("Lärmbeschwerde").containsPattern("MUS-\\d{4}-\\d{6}");
		assertThat(mail.body()).doesNotContain("Nachts laute Musik").doesNotContain("Mustermann");
		String link = mail.link("/antraege/zugang/");
		MockHttpSession laptop = new MockHttpSession();
		mvc.perform(get(link.substring(link.indexOf("/antraege/"))).session(laptop)).andExpect(redirectedUrl("/antraege/" + submissionId));
		mvc.perform(get("/antraege/" + submissionId).session(laptop)).andExpect(status().isOk());
		mvc.perform(get("/antraege/zugang/" + submissionId + "/gefaelscht").session(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void aSignedInCitizenFindsTheAnswersPrefilledAndTheApplicationUnderMyApplications() throws Exception {
		String slug = fixtures.service(unit, SignIn.REQUIRED).slug();
		Account erika = people.citizen(TestAccounts.unique("erika"));
		Account other = people.citizen(TestAccounts.unique("otto"));

		// signing in is required: anonymous people are sent to sign in and come back
		MockHttpSession anonymous = new MockHttpSession();
		mvc.perform(get("/antrag/" + slug).session(anonymous)).andExpect(content().string(containsString("Anmelden und Antrag beginnen")));
		mvc.perform(post("/antrag/" + slug).session(anonymous).with(csrf())).andExpect(redirectedUrl("/antrag/" + slug + "/anmelden"));
		mvc.perform(get("/antrag/" + slug + "/anmelden").session(anonymous)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/konto/anmelden"));

		String first = mvc.perform(post("/antrag/" + slug).with(people.signedIn(erika)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		mvc.perform(get(first).with(people.signedIn(erika))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Test\""), containsString("value=\"" + erika.email() + "\""))));
		mvc.perform(get("/antraege").with(people.signedIn(erika))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lärmbeschwerde"), containsString(base))));
		// the other citizen can neither open nor change nor submit it
		mvc.perform(get(first).with(people.signedIn(other))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/person").with(people.signedIn(other)).with(csrf()).param("f.vorname", "X")).andExpect(status().isNotFound());
		mvc.perform(post(base + "/absenden").with(people.signedIn(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/antraege").with(people.signedIn(other))).andExpect(content().string(not(containsString(base))));

		mvc.perform(post(base + "/person").with(people.signedIn(erika)).with(csrf()).param("f.vorname", "Erika")
			.param("f.nachname", "Mustermann").param("f.email", erika.email())).andExpect(redirectedUrl(base + "/angaben"));
		mvc.perform(post(base + "/angaben").with(people.signedIn(erika)).with(csrf()).param("f.beschreibung", "Baustelle ab 5 Uhr."))
			.andExpect(redirectedUrl(base + "/pruefen"));
		String confirmation = mvc.perform(post(base + "/absenden").with(people.signedIn(erika)).with(csrf())
			.param("eingangsbestaetigung", "true")).andReturn().getResponse().getRedirectedUrl();
		UUID submissionId = UUID.fromString(group(CONFIRMATION, confirmation));
		mvc.perform(get("/antraege").with(people.signedIn(erika))).andExpect(content().string(allOf(
				containsString("/antraege/" + submissionId), containsString("Eingegangen"), not(containsString(base + "/")))));
		mvc.perform(get("/antraege/" + submissionId).with(people.signedIn(other))).andExpect(status().isNotFound());
		// she chose to get the receipt by mail: the PDF is attached, the text still has no answers
		jakarta.mail.internet.MimeMessage mail = awaitMessage(erika.email());
		assertThat(mail.getContent()).isInstanceOf(jakarta.mail.Multipart.class);
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(1).getFileName()).startsWith("Eingangsbestaetigung-MUS-");
		assertThat(PdfA.text(parts.getBodyPart(1).getInputStream().readAllBytes())).contains("Baustelle ab 5 Uhr.");

		// signed out, the application's address asks to sign in first
		mvc.perform(get("/antraege/" + submissionId)).andExpect(redirectedUrl("/antraege/" + submissionId + "/anmelden"));
	}

	@Test
	void anAnonymousCitizenGetsAResumeLinkAndGoesOnInAnotherBrowser() throws Exception {
		String slug = fixtures.service(unit, SignIn.OPTIONAL).slug();
		MockHttpSession session = new MockHttpSession();
		String first = mvc.perform(post("/antrag/" + slug).session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		mvc.perform(post(base + "/person").session(session).with(csrf()).param("f.vorname", "Erika")
			.param("f.nachname", "Mustermann").param("f.email", "erika@teststadt.example"));

		mvc.perform(post(base + "/spaeter").session(session).with(csrf()).param("email", "kein-mail")).andExpect(status().isOk())
			.andExpect(content().string(containsString("E-Mail-Adresse in der Form")));
		String email = TestAccounts.unique("weiter");
		mvc.perform(post(base + "/spaeter").session(session).with(csrf()).param("email", email)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wir haben Ihnen den Link geschickt")));
		String link = new Inbox(greenMail).await(email).link("/antrag/fortsetzen/");

		MockHttpSession otherBrowser = new MockHttpSession();
		mvc.perform(get(base + "/angaben").session(otherBrowser)).andExpect(status().isNotFound());
		mvc.perform(get(link.substring(link.indexOf("/antrag/"))).session(otherBrowser)).andExpect(redirectedUrl(base + "/pruefen"));
		// going on where they stopped: the first page that still lacks an answer
		mvc.perform(get(base + "/pruefen").session(otherBrowser)).andExpect(redirectedUrl(base + "/angaben"));
		mvc.perform(get(base + "/angaben").session(otherBrowser)).andExpect(status().isOk());
		mvc.perform(get("/antrag/fortsetzen/erfunden").session(new MockHttpSession())).andExpect(status().isNotFound());
	}

	private jakarta.mail.internet.MimeMessage awaitMessage(String recipient) throws Exception {
		for (int i = 0; i < 100; i++) {
			for (var message : greenMail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail to " + recipient);
	}

	private static String group(Pattern pattern, String url) {
		Matcher matcher = pattern.matcher(url);
		assertThat(matcher.find()).as(url).isTrue();
		return matcher.group(1);
	}
}
