package de.amtsportal.forms;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor uploads a FIM schema: all of it becomes a draft, or nothing is stored and every problem is listed. */
@IntegrationTest
class FimImportPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void editorImportsASchemaAndSeesEveryProblemOfABrokenOne() throws Exception {
		TestAccounts people = new TestAccounts(context);
		var unit = people.unit("Umweltamt");
		Account editor = people.create(TestAccounts.unique("redaktion"), Membership.global(Role.FORM_EDITOR));
		Account citizen = people.citizen(TestAccounts.unique("buerger"));
		long before = forms();

		mvc.perform(get("/amt/formulare/fim-import").with(people.signedIn(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("XDatenfelder")));

		mvc.perform(multipart("/amt/formulare/fim-import").file(file("fim/broken/unbekannter-datentyp.xml")).with(csrf()).with(people.signedIn(editor))
			.param("slug", "kaputt-" + unit.slug()).param("fachbereich", unit.id().toString()).param("zielgruppe", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Es wurde nichts gespeichert"), containsString("Zeile"))));
		assertThat(forms()).isEqualTo(before);

		mvc.perform(multipart("/amt/formulare/fim-import").file(file("fim/v3/brunnenbohrung.xml")).with(csrf()).with(people.signedIn(editor))
			.param("slug", "brunnen-fim-" + unit.slug()).param("fachbereich", unit.id().toString()).param("zielgruppe", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("als Entwurf angelegt"), containsString("Bitte prüfen Sie diese Punkte"))));
		assertThat(forms()).isEqualTo(before + 1);

		mvc.perform(multipart("/amt/formulare/fim-import").file(file("fim/v3/brunnenbohrung.xml")).with(csrf()).with(people.signedIn(editor))
			.param("slug", "X").param("fachbereich", unit.id().toString()))
			.andExpect(content().string(containsString("Die Kurzbezeichnung muss")));
		mvc.perform(get("/amt/formulare/fim-import").with(people.signedIn(citizen))).andExpect(status().isForbidden());
		mvc.perform(multipart("/amt/formulare/fim-import").file(file("fim/v3/brunnenbohrung.xml")).with(csrf()).with(people.signedIn(citizen))
			.param("slug", "von-buergern").param("fachbereich", unit.id().toString()))
			.andExpect(status().isForbidden());
		assertThat(forms()).isEqualTo(before + 1);
	}

	private long forms() {
		return jdbc.queryForObject("select count(*) from form", Long.class);
	}

	private static MockMultipartFile file(String resource) throws IOException {
		return new MockMultipartFile("datei", resource.substring(resource.lastIndexOf('/') + 1), "application/xml",
				new ClassPathResource(resource).getInputStream().readAllBytes());
	}
}
