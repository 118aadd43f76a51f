package de.amtsportal.intranet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
 * The library and the search: a document filed for one school's teachers is listed, downloaded and found — by a
 * word that stands only inside its PDF — by them alone; new versions keep the history and show as new since the
 * last visit; circulars are found by German word forms, and never by members they are not meant for.
 */
@IntegrationTest
class LibraryAndSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	TestAccounts people;
	Organisation technik;
	Organisation wirtschaft;
	Account publisher;
	Account teacherTechnik;
	Account teacherWirtschaft;
	Account headTechnik;

	@BeforeEach
	void people() {
		IntranetPeople intranet = new IntranetPeople(context);
		people = intranet.accounts;
		technik = intranet.technik;
		wirtschaft = intranet.wirtschaft;
		publisher = intranet.publisher;
		teacherTechnik = intranet.member(technik, "Lehrkraft");
		teacherWirtschaft = intranet.member(wirtschaft, "Lehrkraft");
		headTechnik = intranet.member(technik, "Schulleitung");
	}

	@Test
	void aWordOnlyInsideAPdfIsFoundByThoseWhoMaySeeTheDocument() throws Exception {
		String word = "Brandschutzordnung" + letters();
		String id = file("Hinweise für den Werkstattbetrieb", pdf("Es gilt die " + word + " der Schule."));

		page(teacherTechnik, "/intranet/suche?q=" + word)
			.andExpect(content().string(allOf(containsString("1 Treffer"), containsString("Hinweise für den Werkstattbetrieb"),
					containsString("/intranet/bibliothek/" + id))));
		page(teacherWirtschaft, "/intranet/suche?q=" + word)
			.andExpect(content().string(allOf(containsString("0 Treffer"), not(containsString("Werkstattbetrieb")))));
		page(headTechnik, "/intranet/suche?q=" + word)
			.andExpect(content().string(allOf(containsString("0 Treffer"), not(containsString("Werkstattbetrieb")))));

		page(teacherTechnik, "/intranet/bibliothek/" + id + "/versionen/1").andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		page(teacherWirtschaft, "/intranet/bibliothek/" + id + "/versionen/1").andExpect(status().isNotFound());
		page(teacherWirtschaft, "/intranet/bibliothek/" + id).andExpect(status().isNotFound());
		page(teacherWirtschaft, "/intranet/bibliothek").andExpect(content().string(not(containsString("Werkstattbetrieb"))));
	}

	@Test
	void wordsOnlyInsideWordAndOpenDocumentFilesAreFoundByTheAudienceOnly() throws Exception {
		String inWord = "Lüftungskonzept" + letters();
		String inOdt = "Hygieneplan" + letters();
		String word = file("Hinweise Lüftung", "lueftung.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				OfficeFiles.docx("Das " + inWord + " gilt ab sofort."));
		String odt = file("Hinweise Hygiene", "hygiene.odt", "application/vnd.oasis.opendocument.text",
				OfficeFiles.odt("<text:p>Der " + inOdt + " hängt aus.</text:p>"));

		page(teacherTechnik, "/intranet/suche?q=" + inWord).andExpect(content().string(allOf(containsString("1 Treffer"),
				containsString("/intranet/bibliothek/" + word))));
		page(teacherTechnik, "/intranet/suche?q=" + inOdt).andExpect(content().string(allOf(containsString("1 Treffer"),
				containsString("/intranet/bibliothek/" + odt))));
		page(teacherWirtschaft, "/intranet/suche?q=" + inWord).andExpect(content().string(containsString("0 Treffer")));
		page(headTechnik, "/intranet/suche?q=" + inOdt).andExpect(content().string(containsString("0 Treffer")));
	}

	@Test
	void newVersionsKeepTheHistoryAndShowAsNewSinceTheLastVisit() throws Exception {
		String id = file("Formular Klassenfahrt " + letters(), pdf("Antrag auf Genehmigung einer Klassenfahrt"));
		page(teacherTechnik, "/intranet/bibliothek").andExpect(content().string(not(containsString(">Neu<"))));

		mvc.perform(multipart("/amt/intranet/bibliothek/" + id + "/versionen")
				.file(new MockMultipartFile("datei", "klassenfahrt-2027.pdf", "application/pdf", pdf("Neue Fassung 2027")))
				.param("note", "Neue Kostenobergrenze").with(people.signedIn(publisher)).with(csrf()))
			.andExpect(redirectedUrlPattern("/amt/intranet/bibliothek/*"));

		page(teacherTechnik, "/intranet/bibliothek").andExpect(content().string(allOf(containsString(">Neu<"),
				containsString("Version 2 vom"))));
		page(teacherTechnik, "/intranet/bibliothek").andExpect(content().string(not(containsString(">Neu<"))));
		page(teacherTechnik, "/intranet/bibliothek/" + id).andExpect(content().string(allOf(
				containsString("klassenfahrt-2027.pdf"), containsString("Neue Kostenobergrenze"),
				containsString("/versionen/1"), containsString("/versionen/2"))));
		page(teacherTechnik, "/intranet/suche?q=Fassung").andExpect(content().string(containsString("Formular Klassenfahrt")));
	}

	@Test
	void circularsAreFoundByGermanWordFormsOnlyByTheirAudience() throws Exception {
		String topic = "Prüfungsordnung" + letters();
		String location = mvc.perform(post("/amt/intranet/neu").with(people.signedIn(publisher)).with(csrf())
				.param("kind", "CIRCULAR").param("title", "Änderungen der " + topic)
				.param("body", "Die Abschlussprüfungen werden im Mai geschrieben.")
				.param("institutions", technik.id().toString()).param("groups", "Schulleitung"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/veroeffentlichen").with(people.signedIn(publisher)).with(csrf()));

		page(headTechnik, "/intranet/suche?q=" + topic + " Abschlussprüfung").andExpect(content().string(containsString("1 Treffer")));
		page(headTechnik, "/intranet/suche?q=" + topic + " Abschlusspruefungen").andExpect(content().string(containsString("1 Treffer")));
		page(teacherTechnik, "/intranet/suche?q=" + topic).andExpect(content().string(containsString("0 Treffer")));
		page(teacherWirtschaft, "/intranet/suche?q=" + topic).andExpect(content().string(containsString("0 Treffer")));
	}

	@Test
	void aFileOfTheWrongTypeIsRefusedWithItsReason() throws Exception {
		mvc.perform(multipart("/amt/intranet/bibliothek/neu")
				.file(new MockMultipartFile("datei", "skript.html", "text/html", "<html><script>alert(1)</script></html>".getBytes()))
				.param("title", "Skript").param("folder", "Sonstiges").param("institutions", technik.id().toString())
				.param("groups", "Lehrkraft").with(people.signedIn(publisher)).with(csrf()).header("Accept-Language", "de-DE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kern-alert--danger")));
		page(publisher, "/amt/intranet/bibliothek").andExpect(content().string(not(containsString(">Skript<"))));
	}

	private String file(String title, byte[] pdf) throws Exception {
		return file(title, "hinweise.pdf", "application/pdf", pdf);
	}

	private String file(String title, String fileName, String type, byte[] content) throws Exception {
		String location = mvc.perform(multipart("/amt/intranet/bibliothek/neu")
				.file(new MockMultipartFile("datei", fileName, type, content))
				.param("title", title).param("folder", "Arbeitsschutz").param("description", "Bitte beachten.")
				.param("institutions", technik.id().toString()).param("groups", "Lehrkraft")
				.with(people.signedIn(publisher)).with(csrf()))
			.andExpect(redirectedUrlPattern("/amt/intranet/bibliothek/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring("/amt/intranet/bibliothek/".length());
	}

	private ResultActions page(Account account, String path) throws Exception {
		return mvc.perform(get(path).with(people.signedIn(account)).header("Accept-Language", "de-DE"));
	}

	/** Lower-case letters that make a word no other test uses (the search index is shared). */
	private static String letters() {
		Random random = new Random(UUID.randomUUID().getMostSignificantBits());
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
