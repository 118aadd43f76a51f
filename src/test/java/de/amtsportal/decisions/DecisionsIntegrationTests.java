package de.amtsportal.decisions;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.documents.Documents;
import de.amtsportal.documents.signing.SignatureCheck;
import de.amtsportal.documents.signing.SignatureVerdict;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.ApplicationNotOpen;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageAttachment;
import de.amtsportal.mailbox.MessageKind;
import de.amtsportal.mailbox.MessageView;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.PdfA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision from template to Postfach: the draft filled from the answers, issued as a sealed PDF/A that DSS
 * validates, the application decided, the event for the case file — and refused for a caseworker of another unit.
 */
@IntegrationTest
@RecordApplicationEvents
class DecisionsIntegrationTests {

	static final String BODY = """
			Sehr geehrte/r {{antragsteller.name}},

			über Ihre {{leistung}} ({{aktenzeichen}}) vom {{datum}} haben wir entschieden.
			Sie schrieben: {{feld:beschreibung}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submissions submissions;

	@Autowired
	Decisions decisions;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Documents documents;

	@Autowired
	SignatureCheck signatures;

	TestAccounts people;
	OrgUnit unit;
	String slug;
	Account caseworker;
	Account administrator;

	@BeforeEach
	void setUp() {
		people = new TestAccounts(context);
		unit = people.unit("Ordnungsamt");
		slug = new ApplicationFixtures(context).service(unit, SignIn.OPTIONAL).slug();
		caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
		administrator = people.administrator(TestAccounts.unique("admin"));
	}

	@Test
	void theCaseworkerIssuesASealedDecisionThatReachesThePostfach(ApplicationEvents events) throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		Applying.awaitEventsHandled(jdbc, id);
		String reference = submissions.find(id).orElseThrow().reference();
		saveTemplate(submissions.find(id).orElseThrow().serviceId());

		DecisionDraft draft = decisions.draft(id, new AccountId(caseworker.id()));
		assertThat(draft.fromTemplate()).isTrue();
		assertThat(draft.title()).isEqualTo("Bescheid zu " + reference);
		assertThat(draft.text()).contains("Sehr geehrte/r Erika Mustermann,", "(" + reference + ")",
				"Sie schrieben: Nachts laute Musik.").doesNotContain("{{");
		assertThat(draft.legalRemedy()).startsWith("Gegen diesen Bescheid");
		String page = "/amt/bescheide/antrag/" + id;
		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Erika Mustermann"), containsString("Unterschreiben und zustellen"),
					containsString("Rechtsbehelfsbelehrung"))));

		String edited = draft.text() + "\n\nDer Antrag wird abgelehnt. <script>alert(1)</script>";
		mvc.perform(post(page + "/vorschau").with(people.signedIn(caseworker)).with(csrf()).param("title", draft.title())
			.param("text", edited)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
		assertThat(mailbox.messages(id)).noneMatch(m -> m.kind() == MessageKind.DECISION);

		mvc.perform(post(page).with(people.signedIn(caseworker)).with(csrf()).param("title", draft.title()).param("text", edited))
			.andExpect(redirectedUrl("/amt/postfach/antrag/" + id + "?gesendet#nachrichten"));

		assertThat(submissions.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED);
		MessageView message = mailbox.messages(id).stream().filter(m -> m.kind() == MessageKind.DECISION).findFirst().orElseThrow();
		MessageAttachment file = message.attachments().get(0);
		assertThat(file.fileName()).isEqualTo("Bescheid-" + reference + ".pdf");
		assertThat(file.mediaType()).isEqualTo("application/pdf");
		byte[] pdf;
		try (InputStream in = documents.open(file.documentId())) {
			pdf = in.readAllBytes();
		}
		SignatureVerdict verdict = signatures.check(pdf);
		assertThat(verdict.valid()).as(verdict.reason()).isTrue();
		PdfA.assertCompliant(pdf);
		assertThat(PdfA.text(pdf)).contains(reference, "Erika Mustermann", "Der Antrag wird abgelehnt. <script>alert(1)</script>",
				"Rechtsbehelfsbelehrung", "Widerspruch");
		assertThat(events.stream(DecisionIssued.class)).singleElement()
			.satisfies(e -> {
				assertThat(e.submissionId()).isEqualTo(id);
				assertThat(e.documentId()).isEqualTo(file.documentId());
				assertThat(e.caseworker()).isEqualTo(caseworker.id());
			});

		String thread = "/postfach/antrag/" + id;
		mvc.perform(get(thread).with(people.signedIn(erika))).andExpect(content().string(containsString(thread + "/dateien/" + file.documentId())));
		mvc.perform(get(thread + "/dateien/" + file.documentId()).with(people.signedIn(erika))).andExpect(status().isOk())
			.andExpect(content().bytes(pdf));

		// decided: a second decision is refused, and it leaves no document behind
		long stored = jdbc.queryForObject("select count(*) from document", Long.class);
		assertThatThrownBy(() -> decisions.issue(id, "Noch einer", "Text", new AccountId(caseworker.id())))
			.isInstanceOf(ApplicationNotOpen.class);
		assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(stored);
	}

	@Test
	void aCaseworkerOfAnotherUnitIsRefused() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		Account other = people.caseworker(TestAccounts.unique("bauamt"), people.unit("Bauamt").id());
		long stored = jdbc.queryForObject("select count(*) from document", Long.class);

		assertThatThrownBy(() -> decisions.issue(id, "Bescheid", "Genehmigt.", new AccountId(other.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> decisions.draft(id, new AccountId(other.id()))).isInstanceOf(AccessDeniedException.class);
		String page = "/amt/bescheide/antrag/" + id;
		mvc.perform(get(page).with(people.signedIn(other))).andExpect(status().isNotFound());
		mvc.perform(post(page).with(people.signedIn(other)).with(csrf()).param("title", "Bescheid").param("text", "Genehmigt."))
			.andExpect(status().isNotFound());
		mvc.perform(post(page + "/vorschau").with(people.signedIn(other)).with(csrf()).param("title", "Bescheid").param("text", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(get(page).with(people.signedIn(erika))).andExpect(status().isForbidden());

		assertThat(submissions.find(id).orElseThrow().status()).isNotEqualTo(ApplicationStatus.DECIDED);
		assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(stored);
		assertThat(mailbox.messages(id)).noneMatch(m -> m.kind() == MessageKind.DECISION);
	}

	@Test
	void anEmptyOrOverlongDecisionGetsFieldMessages() throws Exception {
		Account erika = people.citizen(TestAccounts.unique("erika"));
		UUID id = Applying.submit(mvc, slug, erika.email(), r -> r.with(people.signedIn(erika)));
		String page = "/amt/bescheide/antrag/" + id;

		mvc.perform(get(page).with(people.signedIn(caseworker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("keine Bescheidvorlage")));
		mvc.perform(post(page).with(people.signedIn(caseworker)).with(csrf()).param("title", " ").param("text", "Genehmigt."))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Bitte füllen Sie dieses Feld aus."),
					containsString("href=\"#title\""))));
		mvc.perform(post(page).with(people.signedIn(caseworker)).with(csrf()).param("title", "Bescheid")
			.param("text", "x".repeat(Decisions.MAX_TEXT + 1)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("höchstens 20.000 Zeichen")));
		mvc.perform(post(page).with(people.signedIn(caseworker)).with(csrf()).param("title", "Decision").param("text", "")
			.header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Please fill in this field."),
					not(containsString("Bitte füllen")))));
		assertThat(submissions.find(id).orElseThrow().status()).isNotEqualTo(ApplicationStatus.DECIDED);
	}

	private void saveTemplate(UUID serviceId) throws Exception {
		mvc.perform(post("/amt/leistungen/" + serviceId + "/bescheidvorlagen").with(people.signedIn(administrator)).with(csrf())
			.param("titleDe", "Bescheid zu {{aktenzeichen}}").param("bodyDe", BODY)
			.param("legalRemedyDe", "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.")
			.param("titleEn", "").param("bodyEn", "").param("legalRemedyEn", ""))
			.andExpect(redirectedUrl("/amt/leistungen/" + serviceId + "/bescheidvorlagen"));
	}

}
