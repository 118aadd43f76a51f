package de.amtsportal.mailbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.UploadRules;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Postfach from both sides: threads, each kind of message and what it does, read receipts, mails, access. */
@IntegrationTest
class MailboxIntegrationTests {

	private static final String NEWS = "Neues zu Ihrem Antrag";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Submissions submissions;

	@Autowired
	Mailbox mailbox;

	TestAccounts people;
	OrgUnit unit;
	String slug;
	Account caseworker;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		unit = people.unit("Ordnungsamt");
		slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
	}

	@Test
	void everySubmissionGetsOneThreadEvenWhenItsEventIsDeliveredAgain() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		// committed with the submission: the Postfach lists it as soon as the confirmation shows, before any listener ran
		assertThat(threadsOf(id)).isEqualTo(1);
		Applying.awaitEventsHandled(jdbc, id);
		assertThat(threadsOf(id)).isEqualTo(1);

		SubmissionView submission = submissions.find(id).orElseThrow();
		context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> context.publishEvent(new SubmissionReceived(id, submission.reference(), submission.serviceId(), submission.serviceName(),
					UUID.randomUUID(), submission.formVersionId(), submission.responsibleUnit(), erika.id(), null, submission.submittedAt())));
		Applying.awaitEventsHandled(jdbc, id);
		assertThat(threadsOf(id)).isEqualTo(1);
		mvc.perform(get("/postfach").with(people.signedIn(erika))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(submission.reference()), containsString("/postfach/antrag/" + id))));
	}

	@Test
	void aQueryWaitsForTheReplyAndEachNewsIsOneMailThatSaysNothingOfTheContent() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		String thread = "/postfach/antrag/" + id;
		String staffThread = "/amt/postfach/antrag/" + id;
		mvc.perform(get(staffThread).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Zu diesem Antrag gibt es noch keine Nachrichten.")));

		mvc.perform(post(staffThread).with(people.signedIn(caseworker)).with(csrf()).param("kind", "QUERY")
			.param("text", "Zu welcher Uhrzeit war es laut?")).andExpect(redirectedUrl(staffThread + "?gesendet#nachrichten"));
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.WAITING_FOR_APPLICANT);
		Inbox.Mail news = new Inbox(greenMail).awaitSubject(erika.email(), NEWS);
		assertThat(news.link("/postfach/antrag/")).endsWith(thread);
		assertThat(news.body()).doesNotContain("Uhrzeit").doesNotContain("Lärmbeschwerde").doesNotContain("Erika");
		Applying.awaitEventsHandled(jdbc, id);
		// the query and the status change it caused are one piece of news
		assertThat(Applying.mailsQueued(jdbc, erika.email(), NEWS)).isEqualTo(1);
		mvc.perform(get(staffThread).with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(containsString("Rückfrage"), containsString("noch nicht gelesen"), containsString("Wartet auf Sie"))));

		mvc.perform(get("/postfach").with(people.signedIn(erika))).andExpect(content().string(containsString("1 neue")));
		mvc.perform(get(thread).with(people.signedIn(erika))).andExpect(status().isOk()).andExpect(content().string(allOf(
				containsString("Zu welcher Uhrzeit war es laut?"), containsString("Neu"), containsString("Wir warten auf Ihre Antwort"))));
		Instant readAt = readAt(id);
		assertThat(readAt).isNotNull();
		mvc.perform(get(thread).with(people.signedIn(erika))).andExpect(content().string(not(containsString(">Neu<"))));
		assertThat(readAt(id)).as("read once: the first opening counts").isEqualTo(readAt);
		mvc.perform(get("/postfach").with(people.signedIn(erika))).andExpect(content().string(containsString("keine")));
		mvc.perform(get(staffThread).with(people.signedIn(caseworker))).andExpect(content().string(containsString("gelesen am")));

		mvc.perform(post(thread).with(people.signedIn(erika)).with(csrf()).param("text", " ")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte schreiben Sie eine Nachricht oder fügen Sie eine Datei an.")));
		mvc.perform(post(thread).with(people.signedIn(erika)).with(csrf()).param("text", "Jede Nacht gegen 2 Uhr."))
			.andExpect(redirectedUrl(thread + "?gesendet#nachrichten"));
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.IN_PROGRESS);
		Inbox.Mail toStaff = new Inbox(greenMail).awaitSubject(caseworker.email(), "Antwort im Postfach");
		assertThat(toStaff.link("/amt/postfach/antrag/")).endsWith(staffThread);
		assertThat(toStaff.body()).doesNotContain("2 Uhr");
		Applying.awaitEventsHandled(jdbc, id);
		assertThat(Applying.mailsQueued(jdbc, erika.email(), NEWS)).as("her own reply is no news to her").isEqualTo(1);
		mvc.perform(get(staffThread).with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(containsString("Jede Nacht gegen 2 Uhr."), containsString("Antragsteller/in"))));
	}

	@Test
	void aDocumentRequestNamesTheDocumentsAndAMessageLeavesTheStatusAlone() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		String staffThread = "/amt/postfach/antrag/" + id;

		mvc.perform(post(staffThread).with(people.signedIn(caseworker)).with(csrf()).param("kind", "MESSAGE")
			.param("text", "Wir haben Ihren Antrag erhalten und prüfen ihn.")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.RECEIVED);
		new Inbox(greenMail).awaitSubject(erika.email(), NEWS);

		mvc.perform(post(staffThread).with(people.signedIn(caseworker)).with(csrf()).param("kind", "DOCUMENT_REQUEST")
			.param("text", "Bitte senden Sie uns Ihr Lärmprotokoll.").param("requested", ""))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bitte nennen Sie die Unterlagen")));
		mvc.perform(post(staffThread).with(people.signedIn(caseworker)).with(csrf()).param("kind", "ERFUNDEN").param("text", "x"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bitte wählen Sie die Art der Nachricht.")));
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.RECEIVED);

		mvc.perform(post(staffThread).with(people.signedIn(caseworker)).with(csrf()).param("kind", "DOCUMENT_REQUEST")
			.param("text", "Bitte senden Sie uns Ihr Lärmprotokoll.").param("requested", "Lärmprotokoll der letzten 14 Tage\r\n\r\nMietvertrag"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.WAITING_FOR_APPLICANT);
		mvc.perform(get("/postfach/antrag/" + id).with(people.signedIn(erika))).andExpect(content().string(allOf(
				containsString("Nachforderung von Unterlagen"), containsString("Wir warten auf diese Unterlagen"),
				containsString("<li>Lärmprotokoll der letzten 14 Tage</li>"), containsString("<li>Mietvertrag</li>"),
				containsString("Wir haben Ihren Antrag erhalten"))));
	}

	@Test
	void aStatusChangeFromTheBackOfficeIsNewsToo() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		Applying.awaitEventsHandled(jdbc, id);
		submissions.changeStatus(id, ApplicationStatus.IN_PROGRESS);
		assertThat(new Inbox(greenMail).awaitSubject(erika.email(), NEWS).link("/postfach/antrag/")).endsWith("/postfach/antrag/" + id);
		mvc.perform(get("/postfach/antrag/" + id).with(people.signedIn(erika))).andExpect(content().string(containsString("In Bearbeitung")));
	}

	@Test
	void anAnonymousApplicantReadsAndAnswersThroughTheSecretLinkOnly() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		String email = TestAccounts.unique("anonym");
		UUID id = Applying.submit(mvc, slug, email, r -> r.session(browser));
		String thread = "/postfach/antrag/" + id;
		// the browser that applied may read its thread at once
		mvc.perform(get(thread).session(browser)).andExpect(status().isOk());
		mailbox.send(id, MessageKind.QUERY, "Wo genau wohnen Sie?", List.of(), new AccountId(caseworker.id()));

		String link = new Inbox(greenMail).awaitSubject(email, NEWS).link("/antraege/zugang/");
		MockHttpSession laptop = new MockHttpSession();
		mvc.perform(get(thread).session(laptop)).andExpect(status().isNotFound());
		mvc.perform(post(thread).session(laptop).with(csrf()).param("text", "Hallo")).andExpect(status().isNotFound());
		mvc.perform(get(link.substring(link.indexOf("/antraege/"))).session(laptop)).andExpect(redirectedUrl("/antraege/" + id));
		mvc.perform(get(thread).session(laptop)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wo genau wohnen Sie?")));
		mvc.perform(post(thread).session(laptop).with(csrf()).param("text", "Hauptstraße 1.")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.IN_PROGRESS);
		// the Postfach overview is for accounts
		mvc.perform(get("/postfach").session(laptop)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/konto/anmelden"));
	}

	@Test
	void nobodyButTheApplicantAndTheResponsibleCaseworkersReachesAThread() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		Account mallory = people.citizen(TestAccounts.unique("mallory"));
		OrgUnit otherUnit = people.unit("Umweltamt");
		Account otherCaseworker = people.caseworker(TestAccounts.unique("umwelt"), otherUnit.id());
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		mailbox.send(id, MessageKind.MESSAGE, "Vertraulich: Ihr Nachbar hat sich auch beschwert.", List.of(), new AccountId(caseworker.id()));
		String thread = "/postfach/antrag/" + id;
		String staffThread = "/amt/postfach/antrag/" + id;

		mvc.perform(get(thread).with(people.signedIn(mallory))).andExpect(status().isNotFound());
		mvc.perform(post(thread).with(people.signedIn(mallory)).with(csrf()).param("text", "Hallo")).andExpect(status().isNotFound());
		mvc.perform(get("/postfach").with(people.signedIn(mallory))).andExpect(content().string(not(containsString(id.toString()))));
		mvc.perform(get(thread).session(new MockHttpSession())).andExpect(redirectedUrl(thread + "/anmelden"));
		mvc.perform(get(thread + "/anmelden")).andExpect(redirectedUrl("/konto/anmelden"));
		mvc.perform(get(thread).with(people.signedIn(caseworker))).andExpect(status().isNotFound());
		mvc.perform(get(staffThread).with(people.signedIn(otherCaseworker))).andExpect(status().isNotFound());
		mvc.perform(post(staffThread).with(people.signedIn(otherCaseworker)).with(csrf()).param("kind", "MESSAGE").param("text", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(get(staffThread).with(people.signedIn(erika))).andExpect(status().isForbidden());
		mvc.perform(get("/amt/postfach/antrag/" + UUID.randomUUID()).with(people.signedIn(caseworker))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> mailbox.send(id, MessageKind.MESSAGE, "Hallo", List.of(), new AccountId(otherCaseworker.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mailbox.messages(id)).hasSize(1);
	}

	@Test
	void filesTravelBothWaysAndADecisionDecides() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		Account mallory = people.citizen(TestAccounts.unique("mallory"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		String thread = "/postfach/antrag/" + id;
		mailbox.send(id, MessageKind.DOCUMENT_REQUEST, "Bitte senden Sie uns das Protokoll.", List.of("Lärmprotokoll"), List.of(),
				new AccountId(caseworker.id()));

		// a program disguised as a PDF is refused, and nothing of the reply is kept
		mvc.perform(multipart(thread).file(new MockMultipartFile("dateien", "protokoll.pdf", "application/pdf", "MZ\u0090\u0000programm".getBytes()))
			.param("text", "Anbei.").with(people.signedIn(erika)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("können hier nicht hochgeladen werden")));
		assertThat(mailbox.messages(id)).hasSize(1);
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.WAITING_FOR_APPLICANT);

		byte[] protocol = pdf();
		mvc.perform(multipart(thread).file(new MockMultipartFile("dateien", "protokoll.pdf", "application/pdf", protocol))
			.param("text", "").with(people.signedIn(erika)).with(csrf())).andExpect(redirectedUrl(thread + "?gesendet#nachrichten"));
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.IN_PROGRESS);
		MessageAttachment sent = mailbox.messages(id).get(1).attachments().get(0);
		assertThat(sent.fileName()).isEqualTo("protokoll.pdf");
		String staffFile = "/amt/postfach/antrag/" + id + "/dateien/" + sent.documentId();
		mvc.perform(get("/amt/postfach/antrag/" + id).with(people.signedIn(caseworker))).andExpect(content().string(containsString(staffFile)));
		mvc.perform(get(staffFile).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(content().bytes(protocol));
		mvc.perform(get(thread + "/dateien/" + sent.documentId()).with(people.signedIn(erika))).andExpect(status().isOk());
		mvc.perform(get(thread + "/dateien/" + sent.documentId()).with(people.signedIn(mallory))).andExpect(status().isNotFound());
		mvc.perform(get(thread + "/dateien/" + UUID.randomUUID()).with(people.signedIn(erika))).andExpect(status().isNotFound());

		// the decision: a stored PDF; the application is decided, and the applicant may rate the handling
		UUID decision = context.getBean(Documents.class).store("bescheid.pdf", new ByteArrayInputStream(pdf()),
				new UploadRules(List.of("application/pdf"), 1_000_000)).id();
		assertThatThrownBy(() -> mailbox.send(id, MessageKind.DECISION, "", List.of(), new AccountId(caseworker.id())))
			.isInstanceOf(IllegalArgumentException.class);
		mailbox.send(id, MessageKind.DECISION, "Ihr Bescheid.", List.of(decision), new AccountId(caseworker.id()));
		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.DECIDED);
		mvc.perform(get(thread).with(people.signedIn(erika))).andExpect(content().string(allOf(containsString("Bescheid"),
				containsString(thread + "/dateien/" + decision), containsString("Wie zufrieden sind Sie mit der Bearbeitung?"))));
		assertThatThrownBy(() -> mailbox.send(id, MessageKind.QUERY, "Noch eine Frage", List.of(), new AccountId(caseworker.id())))
			.isInstanceOf(ApplicationNotOpen.class);
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle("Lärmprotokoll");
			document.getDocumentInformation().setCreationDate(new java.util.GregorianCalendar(2026, 0, 1));
			document.save(out);
			return out.toByteArray();
		}
	}

	private int threadsOf(UUID submissionId) {
		return jdbc.queryForObject("select count(*) from mailbox_thread where submission_id = ?", Integer.class, submissionId);
	}

	private ApplicationStatus statusOf(UUID id) {
		return submissions.find(id).orElseThrow().status();
	}

	private Instant readAt(UUID id) {
		return mailbox.messages(id).get(0).readAt();
	}
}
