package de.amtsportal.intranet;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which news and circulars: members of the addressed institutions in the addressed target groups, in
 * lists, on detail pages and when confirming; nobody sees drafts or items meant for others. Publishing and its
 * input checks, and the safe rendering of the text.
 */
@IntegrationTest
class IntranetVisibilityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	TestAccounts people;
	Organisation technik;
	Organisation wirtschaft;
	Account publisher;
	Account headTechnik;
	Account teacherTechnik;
	Account headWirtschaft;

	@BeforeEach
	void people() {
		IntranetPeople intranet = new IntranetPeople(context);
		people = intranet.accounts;
		technik = intranet.technik;
		wirtschaft = intranet.wirtschaft;
		publisher = intranet.publisher;
		headTechnik = intranet.member(technik, "Schulleitung");
		teacherTechnik = intranet.member(technik, "Lehrkraft");
		headWirtschaft = intranet.member(wirtschaft, "Schulleitung");
	}

	@Test
	void membersSeeOnlyWhatIsMeantForTheirInstitutionAndGroup() throws Exception {
		String circularTitle = "Zeugniskonferenzen " + UUID.randomUUID();
		String newsTitle = "Fortbildung Digitales Lernen " + UUID.randomUUID();
		String circular = published(draft("CIRCULAR", circularTitle, technik.id().toString(), "Schulleitung", true));
		String news = published(draft("NEWS", newsTitle, "", "Lehrkraft", false));

		page(headTechnik, "/intranet").andExpect(content().string(allOf(containsString(circularTitle), not(containsString(newsTitle)))));
		page(teacherTechnik, "/intranet").andExpect(content().string(allOf(containsString(newsTitle), not(containsString(circularTitle)))));
		page(headWirtschaft, "/intranet").andExpect(content().string(allOf(not(containsString(newsTitle)), not(containsString(circularTitle)))));

		page(headTechnik, "/intranet/mitteilungen/" + circular).andExpect(status().isOk());
		page(teacherTechnik, "/intranet/mitteilungen/" + circular).andExpect(status().isNotFound());
		page(headWirtschaft, "/intranet/mitteilungen/" + circular).andExpect(status().isNotFound());
		page(headWirtschaft, "/intranet/mitteilungen/" + news).andExpect(status().isNotFound());
		page(teacherTechnik, "/intranet/mitteilungen/" + news).andExpect(status().isOk());

		mvc.perform(post("/intranet/mitteilungen/" + circular + "/bestaetigen").with(people.signedIn(headWirtschaft)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/intranet/mitteilungen/" + news + "/bestaetigen").with(people.signedIn(teacherTechnik)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/intranet/mitteilungen/" + circular + "/bestaetigen").with(people.signedIn(headTechnik)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		page(publisher, "/amt/intranet/" + circular).andExpect(content().string(containsString("1 von 1 Einrichtungen haben bestätigt.")));
	}

	@Test
	void draftsStayWithThePublishers() throws Exception {
		String title = "Entwurf " + UUID.randomUUID();
		String draft = draft("CIRCULAR", title, technik.id().toString(), "Schulleitung", true);
		page(headTechnik, "/intranet").andExpect(content().string(not(containsString(title))));
		page(headTechnik, "/intranet/mitteilungen/" + draft).andExpect(status().isNotFound());
		page(headTechnik, "/amt/intranet/" + draft).andExpect(status().isForbidden());
		page(headTechnik, "/amt/intranet").andExpect(status().isForbidden());
	}

	@Test
	void theTextIsShownAsSafeHtml() throws Exception {
		String id = published(mvc.perform(item("NEWS", "Hinweis", "", "Lehrkraft", false,
				"Bitte **beachten**.\n\n<script>alert(1)</script> [Link](javascript:alert)"))
			.andReturn().getResponse().getRedirectedUrl().replace("/amt/intranet/", ""));
		page(teacherTechnik, "/intranet/mitteilungen/" + id)
			.andExpect(content().string(allOf(containsString("<strong>beachten</strong>"), not(containsString("<script>alert")),
					not(containsString("href=\"javascript")))));
	}

	@Test
	void wrongInputIsExplainedAtItsField() throws Exception {
		mvc.perform(item("NEWS", "", "keine-einrichtung", "Direktorium", true).param("validFrom", "31.02.2026").param("validUntil", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte geben Sie einen Titel mit höchstens 200 Zeichen ein."),
					containsString("Bitte geben Sie ein Datum als TT.MM.JJJJ oder JJJJ-MM-TT ein."),
					containsString("Eine Lesebestätigung gibt es nur für Rundschreiben."),
					containsString("Bitte wählen Sie „Alle Einrichtungen“ oder mindestens eine Einrichtung aus der Liste."),
					containsString("Bitte wählen Sie mindestens eine Zielgruppe aus der Liste."))));
		mvc.perform(item("CIRCULAR", "Titel", UUID.randomUUID().toString(), "Schulleitung", true)
				.param("validFrom", "01.12.2026").param("validUntil", "2026-11-30"))
			.andExpect(content().string(allOf(containsString("„Gültig bis“ darf nicht vor „Gültig ab“ liegen."),
					containsString("mindestens eine Einrichtung aus der Liste"))));
	}

	private String draft(String kind, String title, String institution, String group, boolean acknowledgement) throws Exception {
		String location = mvc.perform(item(kind, title, institution, group, acknowledgement))
			.andExpect(redirectedUrlPattern("/amt/intranet/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring("/amt/intranet/".length());
	}

	private MockHttpServletRequestBuilder item(String kind, String title, String institution, String group, boolean acknowledgement) {
		return item(kind, title, institution, group, acknowledgement, "Text für " + title);
	}

	private MockHttpServletRequestBuilder item(String kind, String title, String institution, String group, boolean acknowledgement,
			String body) {
		MockHttpServletRequestBuilder request = post("/amt/intranet/neu").with(people.signedIn(publisher)).with(csrf())
			.header("Accept-Language", "de-DE")
			.param("kind", kind).param("title", title).param("body", body).param("groups", group);
		if (institution.isEmpty()) {
			request.param("allInstitutions", "true");
		}
		else {
			request.param("institutions", institution);
		}
		return acknowledgement ? request.param("acknowledgement", "true") : request;
	}

	private String published(String id) throws Exception {
		mvc.perform(post("/amt/intranet/" + id + "/veroeffentlichen").with(people.signedIn(publisher)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions page(Account account, String path) throws Exception {
		return mvc.perform(get(path).with(people.signedIn(account)).header("Accept-Language", "de-DE"));
	}
}
