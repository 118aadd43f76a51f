package de.amtsportal.submissions;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

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
 * Files in an application: accepted ones become answers (a photo's position fills the location), refused ones
 * get a message at their field and leave nothing behind; only the applicant can download them, as attachments.
 */
@IntegrationTest
class ApplicationUploadsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession session;
	String base;
	UUID draftId;

	@BeforeEach
	void startApplication() throws Exception {
		TestAccounts people = new TestAccounts(context);
		String slug = new ApplicationFixtures(context).service(people.unit("Ordnungsamt"), SignIn.OPTIONAL).slug();
		session = new MockHttpSession();
		String first = mvc.perform(post("/antrag/" + slug).session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		base = first.substring(0, first.lastIndexOf('/'));
		draftId = UUID.fromString(base.substring(base.lastIndexOf('/') + 1));
		mvc.perform(post(base + "/person").session(session).with(csrf()).param("f.vorname", "Erika").param("f.nachname", "Mustermann")
			.param("f.email", TestAccounts.unique("erika"))).andExpect(redirectedUrl(base + "/angaben"));
	}

	@Test
	void filesAndAPhotoWithItsPositionTravelWithTheApplication() throws Exception {
		byte[] photo = SampleFiles.jpegWithExif(image(), 1, 52.5163, 13.3777, "Erika Mustermann");
		mvc.perform(multipart(base + "/angaben").file(new MockMultipartFile("f.nachweis", "Lärmprotokoll.pdf", "application/pdf", SampleFiles.pdf()))
			.file(new MockMultipartFile("f.foto", "IMG_0001.jpg", "image/jpeg", photo))
			.param("f.beschreibung", "Laute Musik.").session(session).with(csrf()))
			.andExpect(redirectedUrl(base + "/pruefen"));

		mvc.perform(get(base + "/pruefen").session(session)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lärmprotokoll.pdf"), containsString("IMG_0001.jpg"),
					containsString("52.5163"), containsString("13.3777"))));
		String confirmation = mvc.perform(post(base + "/absenden").session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String submission = confirmation.replace("/bestaetigung", "");
		MvcResult page = mvc.perform(get(submission).session(session)).andExpect(status().isOk()).andReturn();
		String html = page.getResponse().getContentAsString();
		String download = html.replaceAll("(?s).*href=\"(" + submission + "/dateien/[0-9a-f-]{36})\"[^>]*>IMG_0001.jpg.*", "$1");
		MvcResult file = mvc.perform(get(download).session(session)).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn();
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		byte[] stored = file.getResponse().getContentAsByteArray();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("no EXIF left").doesNotContain("Erika Mustermann");
		// another browser gets nothing
		mvc.perform(get(download).session(new MockHttpSession())).andExpect(status().isNotFound());
		Account other = new TestAccounts(context).citizen(TestAccounts.unique("mallory"));
		mvc.perform(get(download).with(new TestAccounts(context).signedIn(other))).andExpect(status().isNotFound());
	}

	@Test
	void refusedFilesGetAClearMessageAndLeaveNothingBehind() throws Exception {
		mvc.perform(multipart(base + "/angaben").file(new MockMultipartFile("f.nachweis", "protokoll.pdf", "application/pdf",
				SampleFiles.elfExecutable())).param("f.beschreibung", "Laute Musik.").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#f-nachweis\""), not(containsString("protokoll.pdf</span>")))));
		mvc.perform(multipart(base + "/angaben").file(new MockMultipartFile("f.nachweis", "protokoll.pdf", "application/pdf",
				SampleFiles.pdfWithJavaScriptOnOpen())).param("f.beschreibung", "Laute Musik.").session(session).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#f-nachweis\"")));
		mvc.perform(multipart(base + "/angaben").file(new MockMultipartFile("f.foto", "bild.svg", "image/svg+xml",
				SampleFiles.svgWithScript())).param("f.beschreibung", "Laute Musik.").session(session).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#f-foto\"")));
		assertThat(jdbc.queryForObject("select count(*) from submission_attachment where draft_id = ?", Integer.class, draftId)).isZero();

		// a path in the name is reduced to the name; the third file of a two-file field is refused
		mvc.perform(multipart(base + "/angaben").file(new MockMultipartFile("f.nachweis", "../../etc/passwd.pdf", "application/pdf",
				SampleFiles.pdf())).file(new MockMultipartFile("f.nachweis", "zwei.pdf", "application/pdf", SampleFiles.pdf()))
			.param("f.beschreibung", "Laute Musik.").session(session).with(csrf())).andExpect(redirectedUrl(base + "/pruefen"));
		assertThat(jdbc.queryForList("select file_name from submission_attachment where draft_id = ?", String.class, draftId))
			.containsExactlyInAnyOrder("passwd.pdf", "zwei.pdf");
		mvc.perform(multipart(base + "/angaben").file(new MockMultipartFile("f.nachweis", "drei.pdf", "application/pdf", SampleFiles.pdf()))
			.param("f.beschreibung", "Laute Musik.").session(session).with(csrf()))
			.andExpect(content().string(containsString("höchstens 2 Dateien")));

		// removing a file; a tampered or foreign id removes nothing
		String documentId = jdbc.queryForObject("select document_id from submission_attachment where file_name = 'zwei.pdf' and draft_id = ?",
				String.class, draftId);
		mvc.perform(post(base + "/angaben").param("aktion", "datei-entfernen:" + UUID.randomUUID()).param("f.beschreibung", "x")
			.session(session).with(csrf())).andExpect(status().isOk());
		mvc.perform(post(base + "/angaben").param("aktion", "datei-entfernen:" + documentId).param("f.beschreibung", "x")
			.session(session).with(csrf())).andExpect(status().isOk()).andExpect(content().string(not(containsString("zwei.pdf"))));
		assertThat(jdbc.queryForList("select file_name from submission_attachment where draft_id = ?", String.class, draftId))
			.containsExactly("passwd.pdf");
		// a file answer posted as a hidden field is ignored: only stored uploads count
		mvc.perform(post(base + "/angaben").param("f.nachweis", documentId).param("f.beschreibung", "x").session(session).with(csrf()));
		assertThat(jdbc.queryForObject("select answers from submission_draft where id = ?", String.class, draftId)).doesNotContain(documentId);
	}

	private static BufferedImage image() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		return image;
	}
}
