package de.amtsportal.intranet;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments of circulars and news: uploaded with the draft under the library's rules, downloaded and found —
 * by a word that stands only inside an attached Word file — by the item's audience alone; a published item
 * takes no more files.
 */
@IntegrationTest
class AttachmentIntegrationTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
	void aWordOnlyInsideAnAttachedWordFileIsFoundAndDownloadedByTheAudienceOnly() throws Exception {
		String word = "Aufsichtspflicht" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String item = draft("Rundschreiben Aufsicht im Werkstattunterricht");
		attach(item, "aufsicht.docx", DOCX, OfficeFiles.docx("Die " + word + " gilt auch in den Pausen."))
			.andExpect(redirectedUrlPattern("/amt/intranet/*"));
		attach(item, "formular.pdf", "application/pdf", LibraryAndSearchIntegrationTests.pdf("Formular"))
			.andExpect(redirectedUrlPattern("/amt/intranet/*"));

		page(teacherTechnik, "/intranet/mitteilungen/" + item + "/anhaenge/1").andExpect(status().isNotFound());
		page(teacherTechnik, "/intranet/suche?q=" + word).andExpect(content().string(containsString("0 Treffer")));
		mvc.perform(post("/amt/intranet/" + item + "/veroeffentlichen").with(people.signedIn(publisher)).with(csrf()));

		page(teacherTechnik, "/intranet/mitteilungen/" + item).andExpect(content().string(allOf(
				containsString("aufsicht.docx"), containsString("formular.pdf"),
				containsString("/intranet/mitteilungen/" + item + "/anhaenge/2"))));
		page(teacherTechnik, "/intranet/mitteilungen/" + item + "/anhaenge/1").andExpect(status().isOk())
			.andExpect(header().string("Content-Type", DOCX));
		page(teacherTechnik, "/intranet/suche?q=" + word).andExpect(content().string(allOf(containsString("1 Treffer"),
				containsString("/intranet/mitteilungen/" + item))));

		page(teacherWirtschaft, "/intranet/mitteilungen/" + item + "/anhaenge/1").andExpect(status().isNotFound());
		page(headTechnik, "/intranet/mitteilungen/" + item + "/anhaenge/2").andExpect(status().isNotFound());
		page(teacherWirtschaft, "/intranet/suche?q=" + word).andExpect(content().string(containsString("0 Treffer")));
		page(headTechnik, "/intranet/suche?q=" + word).andExpect(content().string(containsString("0 Treffer")));

		attach(item, "nachtrag.pdf", "application/pdf", LibraryAndSearchIntegrationTests.pdf("Nachtrag")).andExpect(status().isNotFound());
	}

	@Test
	void aFileOfAForbiddenTypeIsRefusedWithItsReasonAndNotAttached() throws Exception {
		String item = draft("Neuigkeit mit Skript");
		attach(item, "skript.html", "text/html", "<html><script>alert(1)</script></html>".getBytes())
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("kern-alert--danger"), not(containsString("skript.html")))));
	}

	private String draft(String title) throws Exception {
		String location = mvc.perform(post("/amt/intranet/neu").with(people.signedIn(publisher)).with(csrf())
				.param("kind", "CIRCULAR").param("title", title).param("body", "Bitte beachten Sie die Anlagen.")
				.param("institutions", technik.id().toString()).param("groups", "Lehrkraft"))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring("/amt/intranet/".length());
	}

	private ResultActions attach(String item, String name, String type, byte[] content) throws Exception {
		return mvc.perform(multipart("/amt/intranet/" + item + "/anhaenge").file(new MockMultipartFile("datei", name, type, content))
			.with(people.signedIn(publisher)).with(csrf()).header("Accept-Language", "de-DE"));
	}

	private ResultActions page(Account account, String path) throws Exception {
		return mvc.perform(get(path).with(people.signedIn(account)).header("Accept-Language", "de-DE"));
	}
}
