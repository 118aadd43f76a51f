package de.amtsportal.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.amtsportal.decisions.Decisions;
import de.amtsportal.decisions.IssuedDecision;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.SampleFiles;
import de.amtsportal.documents.signing.SignatureCheck;
import de.amtsportal.identity.AccountId;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.cases.internal.CaseRetention;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case from submission to erasure: the inbox of the responsible unit, claim, a query and the applicant's answer,
 * decision, closing, and the retention job — with the events, audit entries and the applicant's timeline of each
 * step, and every URL refused to a caseworker of another unit.
 */
@IntegrationTest
@RecordApplicationEvents
@Import(MovableClock.Configuration.class)
class CaseworkIntegrationTests {

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
	Catalog catalog;

	@Autowired
	MovableClock clock;

	@Autowired
	CaseRetention retention;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Decisions decisions;

	@Autowired
	SignatureCheck signatures;

	@Autowired
	Documents documents;

	TestAccounts people;
	OrgUnit unit;
	String slug;
	Account caseworker;
	Account erika;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		unit = people.unit("Ordnungsamt");
		slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
		erika = people.citizen(TestAccounts.unique("erika"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCaseGoesFromTheInboxThroughAQueryAndItsAnswerToItsDecisionAndIsErasedAfterItsRetention() throws Exception {
		UUID submission = submitted();
		UUID id = caseOf(submission);
		String page = "/amt/vorgaenge/" + id;
		assertThat(audited("cases.opened", id)).isEqualTo(1);

		// the event delivered again (after a crash) finds the case it made
		SubmissionView s = submissions.find(submission).orElseThrow();
		context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> context.publishEvent(new SubmissionReceived(submission,
				s.reference(), s.serviceId(), s.serviceName(), UUID.randomUUID(), s.formVersionId(), s.responsibleUnit(), erika.id(),
				null, s.submittedAt())));
		Applying.awaitEventsHandled(jdbc, submission);
		assertThat(jdbc.queryForObject("select count(*) from cases where submission_id = ?", Integer.class, submission)).isEqualTo(1);

		mvc.perform(get("/amt/vorgaenge").with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(s.reference()), containsString("Erika Mustermann"),
					containsString("Eingegangen: 1"))));
		mvc.perform(get("/amt/vorgaenge").param("suche", "mustermann").with(people.signedIn(caseworker)))
			.andExpect(content().string(containsString(s.reference())));
		// a reference number from its start, in any case; its middle alone is no reference
		String start = s.reference().substring(0, s.reference().length() - 2).toLowerCase(java.util.Locale.ROOT);
		mvc.perform(get("/amt/vorgaenge").param("suche", " " + start + " ").with(people.signedIn(caseworker)))
			.andExpect(content().string(containsString(s.reference())));
		mvc.perform(get("/amt/vorgaenge").param("suche", s.reference().substring(2)).with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(not(containsString(s.reference())), containsString("Keine Vorgänge"))));
		mvc.perform(get("/amt/vorgaenge").param("suche", "Niemand Sonst").with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(not(containsString(s.reference())), containsString("Keine Vorgänge"))));
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nachts laute Musik."), containsString("Eingangsbestätigung"),
					containsString("Bescheid und Zustellung"))));

		// claim: assigned and in progress, on the applicant's timeline too
		mvc.perform(post(page + "/uebernehmen").with(people.signedIn(caseworker)).with(csrf())).andExpect(redirectedUrl(page));
		assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
		assertThat(submissions.find(submission).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
		assertThat(events.stream(CaseStatusChanged.class).filter(e -> e.caseId().equals(id)))
			.singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(CaseStatus.IN_PROGRESS));
		assertThat(audited("cases.claimed", id)).isEqualTo(1);
		mvc.perform(get("/amt/vorgaenge").param("zustaendig", "ich").with(people.signedIn(caseworker)))
			.andExpect(content().string(containsString(s.reference())));

		// an internal note stays internal
		mvc.perform(post(page + "/notizen").with(people.signedIn(caseworker)).with(csrf()).param("note", " "))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bitte schreiben Sie eine Notiz.")));
		mvc.perform(post(page + "/notizen").with(people.signedIn(caseworker)).with(csrf()).param("note", "Nachbar ist polizeibekannt."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(content().string(containsString("Nachbar ist polizeibekannt.")));

		// a query with an answer-by date: waiting for the applicant, the date is the case's due date
		LocalDate answerBy = LocalDate.now().plusDays(14);
		mvc.perform(post(page + "/nachricht").with(people.signedIn(caseworker)).with(csrf()).param("kind", "QUERY")
			.param("text", "Seit wann ist es laut?").param("answerBy", "gestern")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie ein Datum in der Zukunft an.")));
		mvc.perform(post(page + "/nachricht").with(people.signedIn(caseworker)).with(csrf()).param("kind", "QUERY")
			.param("text", "Seit wann ist es laut?").param("answerBy", answerBy.toString())).andExpect(redirectedUrl(page));
		assertThat(statusOf(id)).isEqualTo("WAITING_FOR_APPLICANT");
		assertThat(submissions.find(submission).orElseThrow().status()).isEqualTo(ApplicationStatus.WAITING_FOR_APPLICANT);
		assertThat(jdbc.queryForObject("select due_date from cases where id = ?", LocalDate.class, id)).isEqualTo(answerBy);
		new Inbox(greenMail).awaitSubject(erika.email(), "Neues zu Ihrem Antrag");

		// the applicant's pages never show the note
		for (String citizenPage : List.of("/antraege/" + submission, "/postfach/antrag/" + submission, "/postfach")) {
			mvc.perform(get(citizenPage).with(people.signedIn(erika))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("polizeibekannt"))));
		}
		mvc.perform(get("/postfach/antrag/" + submission).with(people.signedIn(erika)))
			.andExpect(content().string(containsString("Seit wann ist es laut?")));

		// she answers in her Postfach: the case is in progress again
		mvc.perform(post("/postfach/antrag/" + submission).with(people.signedIn(erika)).with(csrf()).param("text", "Seit Mai."))
			.andExpect(status().is3xxRedirection());
		Applying.awaitEventsHandled(jdbc, submission);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "IN_PROGRESS".equals(statusOf(id)));
		mvc.perform(get(page).with(people.signedIn(caseworker)))
			.andExpect(content().string(allOf(containsString("Seit Mai."), containsString("Antwort der antragstellenden Person"))));

		// decided, then closed: each step an event, an audit entry and a step on her timeline
		mvc.perform(post(page + "/status").with(people.signedIn(caseworker)).with(csrf()).param("status", "CLOSED"))
			.andExpect(redirectedUrl(page));
		assertThat(statusOf(id)).as("closing needs a decision first").isEqualTo("IN_PROGRESS");
		// the decision: a sealed PDF/A into her Postfach; the case follows to "decided" and files it
		IssuedDecision decision = decisions.issue(submission, "Bescheid", "Ihrem Antrag wird stattgegeben.",
				new AccountId(caseworker.id()));
		Applying.awaitEventsHandled(jdbc, submission);
		// (the case follows on the listener's thread, so its CaseDecided is not among this thread's events)
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "DECIDED".equals(statusOf(id)));
		try (var pdf = documents.open(decision.documentId())) {
			assertThat(signatures.check(pdf.readAllBytes()).valid()).isTrue();
		}
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(content().string(containsString(decision.fileName())));
		mvc.perform(post(page + "/status").with(people.signedIn(caseworker)).with(csrf()).param("status", "CLOSED"));
		assertThat(events.stream(CaseClosed.class).filter(e -> e.caseId().equals(id))).hasSize(1);
		assertThat(submissions.timeline(submission)).extracting(step -> step.status()).containsSubsequence(
				ApplicationStatus.RECEIVED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.WAITING_FOR_APPLICANT,
				ApplicationStatus.IN_PROGRESS, ApplicationStatus.DECIDED, ApplicationStatus.CLOSED);
		assertThat(audited("cases.status", id)).isGreaterThanOrEqualTo(4);

		// a legal hold keeps it beyond its retention; lifted, the next run erases it
		mvc.perform(post(page + "/sperre").with(people.signedIn(caseworker)).with(csrf()).param("holdReason", "Klage anhängig"))
			.andExpect(redirectedUrl(page));
		clock.advance(Duration.ofDays(2 * 366));
		retention.run();
		assertThat(jdbc.queryForObject("select count(*) from cases where id = ?", Integer.class, id)).isOne();
		clock.reset();
		mvc.perform(post(page + "/sperre").with(people.signedIn(caseworker)).with(csrf()).param("holdReason", "Klage abgewiesen"))
			.andExpect(redirectedUrl(page));
		assertThat(audited("cases.hold-set", id) + audited("cases.hold-lifted", id)).isEqualTo(2);
		clock.advance(Duration.ofDays(2 * 366));
		UUID service = s.serviceId();
		int deletionsBefore = jdbc.queryForObject("select count(*) from case_deletion where service_id = ?", Integer.class, service);
		retention.run();
		assertThat(jdbc.queryForObject("select count(*) from cases where id = ?", Integer.class, id)).isZero();
		assertThat(submissions.find(submission)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from mailbox_thread where submission_id = ?", Integer.class, submission)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from case_deletion where service_id = ?", Integer.class, service))
			.isEqualTo(deletionsBefore + 1);
		assertThat(jdbc.queryForObject("select sum(decided) from case_statistics where service_id = ?", Integer.class, service)).isOne();
		assertThat(events.stream(CaseErased.class).filter(e -> e.caseId().equals(id))).hasSize(1);
		assertThat(audited("cases.erased", id)).isEqualTo(1);
		clock.reset();
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(status().isNotFound());
	}

	@Test
	void aCaseworkerOfAnotherUnitReachesNoneOfItsAddresses() throws Exception {
		OrgUnit other = people.unit("Umweltamt");
		Account stranger = people.caseworker(TestAccounts.unique("umwelt"), other.id());
		UUID submission = submitted();
		UUID id = caseOf(submission);
		String page = "/amt/vorgaenge/" + id;
		UUID document = UUID.randomUUID();

		mvc.perform(get("/amt/vorgaenge").with(people.signedIn(stranger)))
			.andExpect(content().string(not(containsString(submissions.find(submission).orElseThrow().reference()))));
		for (String path : List.of(page, page + "/eingangsbestaetigung.pdf", page + "/dokumente/" + document, page + "/vorschau/" + document)) {
			mvc.perform(get(path).with(people.signedIn(stranger))).andExpect(status().isNotFound());
		}
		for (String action : List.of("/uebernehmen", "/zuweisen", "/status", "/frist", "/notizen", "/nachricht", "/abgeben", "/sperre")) {
			mvc.perform(post(page + action).with(people.signedIn(stranger)).with(csrf()).param("status", "IN_PROGRESS")
				.param("text", "x").param("note", "x").param("holdReason", "x").param("kind", "MESSAGE").param("reason", "x").param("unit", other.id().toString()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get(page).with(people.signedIn(erika))).andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("RECEIVED");
		assertThat(jdbc.queryForObject("select count(*) from case_note where case_id = ?", Integer.class, id)).isZero();

		// handed over with a reason, the case belongs to the other unit: now only its caseworkers reach it
		mvc.perform(post(page + "/abgeben").with(people.signedIn(caseworker)).with(csrf()).param("unit", other.id().toString())
			.param("reason", "Gewässerschutz betroffen")).andExpect(redirectedUrl("/amt/vorgaenge"));
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(status().isNotFound());
		mvc.perform(get(page).with(people.signedIn(stranger))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gewässerschutz betroffen")));
		mvc.perform(post(page + "/nachricht").with(people.signedIn(stranger)).with(csrf()).param("kind", "MESSAGE")
			.param("text", "Wir sind jetzt zuständig.")).andExpect(redirectedUrl(page));
		assertThat(audited("cases.handed-over", id)).isEqualTo(1);
	}

	@Test
	void theAssigneeIsRemindedOnceWhenTheDueDatePasses() throws Exception {
		UUID submission = submitted();
		UUID id = caseOf(submission);
		String page = "/amt/vorgaenge/" + id;
		mvc.perform(post(page + "/uebernehmen").with(people.signedIn(caseworker)).with(csrf()));
		mvc.perform(post(page + "/frist").with(people.signedIn(caseworker)).with(csrf()).param("date", "31.02."))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bitte geben Sie die Frist als Datum an.")));
		mvc.perform(post(page + "/frist").with(people.signedIn(caseworker)).with(csrf()).param("date", LocalDate.now().plusDays(3).toString()))
			.andExpect(redirectedUrl(page));
		var reminders = context.getBean(de.amtsportal.cases.internal.DueDateReminders.class);
		reminders.run();
		assertThat(Applying.mailsQueued(jdbc, caseworker.email(), "Frist abgelaufen")).isZero();
		clock.advance(Duration.ofDays(5));
		reminders.run();
		reminders.run();
		Inbox.Mail mail = new Inbox(greenMail).awaitSubject(caseworker.email(), "Frist abgelaufen");
		assertThat(mail.link("/amt/vorgaenge/")).endsWith(page);
		assertThat(mail.body()).doesNotContain("Mustermann");
		assertThat(Applying.mailsQueued(jdbc, caseworker.email(), "Frist abgelaufen")).isOne();
		// back to today (a sign-in does not outlast five days): a due date in the past shows in the inbox
		clock.reset();
		mvc.perform(post(page + "/frist").with(people.signedIn(caseworker)).with(csrf()).param("date", LocalDate.now().minusDays(1).toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(get("/amt/vorgaenge").param("sortierung", "frist").with(people.signedIn(caseworker)))
			.andExpect(content().string(containsString("überfällig")));
	}

	@Test
	void filesGoWithADocumentRequestFromTheCaseIntoTheEAkteAndThePostfachAndARejectedFileSendsNothing() throws Exception {
		UUID submission = submitted();
		UUID id = caseOf(submission);
		String page = "/amt/vorgaenge/" + id;
		mvc.perform(post(page + "/uebernehmen").with(people.signedIn(caseworker)).with(csrf()));
		Mailbox mailbox = context.getBean(Mailbox.class);
		int before = mailbox.messages(submission).size();
		long stored = jdbc.queryForObject("select count(*) from document", Long.class);

		// a program that calls itself a PDF: refused with the reason, nothing sent, nothing kept, the case unmoved
		mvc.perform(multipart(page + "/nachricht")
			.file(new MockMultipartFile("dateien", "formular.pdf", "application/pdf", SampleFiles.windowsExecutable()))
			.param("kind", "DOCUMENT_REQUEST").param("text", "Bitte füllen Sie das Formular aus.").param("requested", "Lärmprotokoll")
			.with(people.signedIn(caseworker)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("können hier nicht hochgeladen werden"),
					containsString("Bitte füllen Sie das Formular aus."))));
		assertThat(mailbox.messages(submission)).hasSize(before);
		assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(stored);
		assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");

		// a PDF form goes with the request: in the applicant's Postfach, in the eAkte, and the case waits
		byte[] form = SampleFiles.pdf();
		mvc.perform(multipart(page + "/nachricht").file(new MockMultipartFile("dateien", "formular.pdf", "application/pdf", form))
			.param("kind", "DOCUMENT_REQUEST").param("text", "Bitte füllen Sie das Formular aus.").param("requested", "Lärmprotokoll")
			.with(people.signedIn(caseworker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("WAITING_FOR_APPLICANT");
		MessageView sent = mailbox.messages(submission).get(before);
		assertThat(sent.kind()).isEqualTo(MessageKind.DOCUMENT_REQUEST);
		assertThat(sent.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("formular.pdf"));
		UUID file = sent.attachments().get(0).documentId();
		mvc.perform(get("/postfach/antrag/" + submission + "/dateien/" + file).with(people.signedIn(erika)))
			.andExpect(status().isOk()).andExpect(content().bytes(form));
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(content().string(containsString("formular.pdf")));
		Account colleagueElsewhere = people.caseworker(TestAccounts.unique("bauamt"), people.unit("Bauamt").id());
		mvc.perform(get("/amt/postfach/antrag/" + submission + "/dateien/" + file).with(people.signedIn(colleagueElsewhere)))
			.andExpect(status().isNotFound());
	}

	@Test
	void previewsArePicturesAndDownloadsAreAttachments() throws Exception {
		UUID submission = submitted();
		UUID id = caseOf(submission);
		mvc.perform(get("/amt/vorgaenge/" + id + "/eingangsbestaetigung.pdf").with(people.signedIn(caseworker)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void administratorsSetTheRetentionPeriodOfAService() throws Exception {
		Account admin = people.administrator(TestAccounts.unique("admin"));
		UUID service = catalog.find(slug).orElseThrow().id();
		mvc.perform(get("/amt/admin/aufbewahrung").with(people.signedIn(admin))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aufbewahrungsfristen"), containsString("24 Monate"))));
		mvc.perform(post("/amt/admin/aufbewahrung").with(people.signedIn(admin)).with(csrf()).param("service", service.toString())
			.param("months", "0")).andExpect(redirectedUrl("/amt/admin/aufbewahrung#s-" + service));
		assertThat(jdbc.queryForObject("select count(*) from case_retention where service_id = ?", Integer.class, service)).isZero();
		mvc.perform(post("/amt/admin/aufbewahrung").with(people.signedIn(admin)).with(csrf()).param("service", service.toString())
			.param("months", "6")).andExpect(redirectedUrl("/amt/admin/aufbewahrung#s-" + service));
		assertThat(jdbc.queryForObject("select retention from case_retention where service_id = ?", String.class, service)).isEqualTo("P6M");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'cases.retention-set' and subject = ?",
				Integer.class, service.toString())).isOne();
		mvc.perform(post("/amt/admin/aufbewahrung").with(people.signedIn(caseworker)).with(csrf()).param("service", service.toString())
			.param("months", "1")).andExpect(status().isForbidden());
	}

	/** Erika's application, once the modules have handled its events (the case is open). */
	@Test
	void aStatusChangedWhileTheCaseIsBeingOpenedIsTheCasesStatusToo() throws Exception {
		// The case opens after the submit commits, on another thread; a change made at that moment (a Postfach
		// query, a withdrawal) must not be lost between the case reading the status and committing.
		List<UUID> changed = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			UUID submission = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
			submissions.changeStatus(submission, ApplicationStatus.WAITING_FOR_APPLICANT);
			changed.add(submission);
		}
		for (UUID submission : changed) {
			Applying.awaitEventsHandled(jdbc, submission);
			assertThat(statusOf(caseOf(submission))).as("case of %s", submission).isEqualTo(CaseStatus.WAITING_FOR_APPLICANT.name());
		}
	}

	private UUID submitted() throws Exception {
		UUID submission = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		Applying.awaitEventsHandled(jdbc, submission);
		return submission;
	}

	private UUID caseOf(UUID submission) {
		return jdbc.queryForObject("select id from cases where submission_id = ?", UUID.class, submission);
	}

	private String statusOf(UUID id) {
		return jdbc.queryForObject("select status from cases where id = ?", String.class, id);
	}

	private int audited(String action, UUID id) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?", Integer.class, action,
				id.toString());
	}
}
