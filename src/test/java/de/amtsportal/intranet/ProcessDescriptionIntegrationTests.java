package de.amtsportal.intranet;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Process descriptions: a process described for one school's teachers shows its steps with responsible role,
 * deadline, legal basis and the library document a step needs — to them alone, in lists, pages, print view and
 * search; editing publishes a new version while the older one stays readable; a step without a responsible role
 * is refused with its number.
 */
@IntegrationTest
class ProcessDescriptionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	TestAccounts people;
	Organisation technik;
	Account publisher;
	Account teacherTechnik;
	Account teacherWirtschaft;
	Account headTechnik;

	@BeforeEach
	void people() {
		IntranetPeople intranet = new IntranetPeople(context);
		people = intranet.accounts;
		technik = intranet.technik;
		publisher = intranet.publisher;
		teacherTechnik = intranet.member(technik, "Lehrkraft");
		teacherWirtschaft = intranet.member(intranet.wirtschaft, "Lehrkraft");
		headTechnik = intranet.member(technik, "Schulleitung");
	}

	@Test
	void stepsWithRoleDeadlineLegalBasisAndDocumentAreShownToTheAudienceOnly() throws Exception {
		String word = "Genehmigungsvermerk" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
		String document = fileDocument("Kostenübersicht Schulfahrt");
		String id = describe(base("/amt/intranet/prozesse/neu").param("title", "Schulfahrt genehmigen")
			.param("summary", "Für mehrtägige Fahrten.")
			.param("steps[0].title", "Fahrt planen").param("steps[0].responsible", "Lehrkraft")
			.param("steps[0].deadline", "12 Wochen vor Fahrtbeginn").param("steps[0].legalBasis", "Wandertagserlass Nr. 2")
			.param("steps[0].documents", document)
			.param("steps[1].title", "Fahrt genehmigen").param("steps[1].responsible", "Schulleitung")
			.param("steps[1].description", "Mit " + word + " in der Akte.")
			.param("institutions", technik.id().toString()).param("groups", "Lehrkraft"));

		page(teacherTechnik, "/intranet/prozesse").andExpect(content().string(containsString("Schulfahrt genehmigen")));
		page(teacherTechnik, "/intranet/prozesse/" + id).andExpect(content().string(allOf(containsString("Fahrt planen"),
				containsString("12 Wochen vor Fahrtbeginn"), containsString("Wandertagserlass Nr. 2"),
				containsString("Schulleitung"), containsString("Kostenübersicht Schulfahrt"),
				containsString("/intranet/bibliothek/" + document), containsString("Version 1 vom"))));
		page(teacherTechnik, "/intranet/suche?q=" + word).andExpect(content().string(allOf(containsString("1 Treffer"),
				containsString("/intranet/prozesse/" + id))));

		page(teacherWirtschaft, "/intranet/prozesse").andExpect(content().string(not(containsString("Schulfahrt genehmigen"))));
		page(teacherWirtschaft, "/intranet/prozesse/" + id).andExpect(status().isNotFound());
		page(teacherWirtschaft, "/intranet/prozesse/" + id + "/versionen/1/druck").andExpect(status().isNotFound());
		page(headTechnik, "/intranet/prozesse/" + id).andExpect(status().isNotFound());
		page(teacherWirtschaft, "/intranet/suche?q=" + word).andExpect(content().string(containsString("0 Treffer")));
		page(headTechnik, "/intranet/suche?q=" + word).andExpect(content().string(containsString("0 Treffer")));
	}

	@Test
	void editingPublishesANewVersionAndTheOlderOneStaysReadable() throws Exception {
		String id = describe(base("/amt/intranet/prozesse/neu").param("title", "Einstellung einer Lehrkraft")
			.param("steps[0].title", "Stelle ausschreiben").param("steps[0].responsible", "Schulleitung")
			.param("steps[0].deadline", "bis 15. März")
			.param("allInstitutions", "true").param("groups", "Lehrkraft"));

		mvc.perform(base("/amt/intranet/prozesse/" + id + "/bearbeiten").param("title", "Einstellung einer Lehrkraft")
				.param("steps[0].title", "Stelle im Bewerbungsportal ausschreiben").param("steps[0].responsible", "Schulleitung")
				.param("steps[0].deadline", "bis 1. März").param("note", "Frist vorgezogen")
				.param("allInstitutions", "true").param("groups", "Lehrkraft"))
			.andExpect(redirectedUrlPattern("/amt/intranet/prozesse/*"));

		page(teacherTechnik, "/intranet/prozesse/" + id).andExpect(content().string(allOf(
				containsString("Stelle im Bewerbungsportal ausschreiben"), containsString("bis 1. März"),
				containsString("Version 2 vom"), containsString("Frist vorgezogen"),
				containsString("/intranet/prozesse/" + id + "/versionen/1"), not(containsString("bis 15. März")))));
		page(teacherTechnik, "/intranet/prozesse/" + id + "/versionen/1").andExpect(content().string(allOf(
				containsString("bis 15. März"), containsString("ältere Version"), not(containsString("Bewerbungsportal")))));
		page(teacherTechnik, "/intranet/prozesse/" + id + "/versionen/1/druck").andExpect(content().string(allOf(
				containsString("Stelle ausschreiben"), containsString("bis 15. März"), not(containsString("portal-nav")))));
		page(teacherTechnik, "/intranet/prozesse/" + id + "/versionen/3").andExpect(status().isNotFound());
	}

	@Test
	void aStepWithoutResponsibleRoleIsRefusedWithItsNumberAndNothingIsPublished() throws Exception {
		String title = "Prüfungsanmeldung " + UUID.randomUUID();
		mvc.perform(base("/amt/intranet/prozesse/neu").param("title", title)
				.param("steps[0].title", "Anmeldung sammeln").param("steps[0].responsible", "Verwaltung")
				.param("steps[1].title", "Anmeldung weiterleiten")
				.param("allInstitutions", "true").param("groups", "Lehrkraft").header("Accept-Language", "de-DE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Schritt 2: Bitte wählen Sie, wer zuständig ist."),
					containsString("value=\"Anmeldung weiterleiten\""))));
		page(publisher, "/amt/intranet/prozesse").andExpect(content().string(not(containsString(title))));

		mvc.perform(base("/amt/intranet/prozesse/neu").param("title", title)
				.param("steps[0].title", "Anmeldung sammeln").param("weiterer-schritt", "1").header("Accept-Language", "de-DE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"steps[1].title\""), not(containsString("kern-alert--danger")))));
	}

	private String describe(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request).andExpect(redirectedUrlPattern("/amt/intranet/prozesse/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring("/amt/intranet/prozesse/".length());
	}

	private String fileDocument(String title) throws Exception {
		String location = mvc.perform(multipart("/amt/intranet/bibliothek/neu")
				.file(new MockMultipartFile("datei", "kosten.pdf", "application/pdf", LibraryAndSearchIntegrationTests.pdf("Kosten")))
				.param("title", title).param("folder", "Schulfahrten")
				.param("institutions", technik.id().toString()).param("groups", "Lehrkraft")
				.with(people.signedIn(publisher)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring("/amt/intranet/bibliothek/".length());
	}

	private MockHttpServletRequestBuilder base(String path) {
		return post(path).with(people.signedIn(publisher)).with(csrf());
	}

	private ResultActions page(Account account, String path) throws Exception {
		return mvc.perform(get(path).with(people.signedIn(account)).header("Accept-Language", "de-DE"));
	}
}
