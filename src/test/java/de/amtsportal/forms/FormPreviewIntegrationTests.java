package de.amtsportal.forms;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.access.Role;
import de.amtsportal.forms.definition.SampleForms;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.NewForm;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor fills a draft page by page as a citizen would: errors at the fields, repetitions, check page. */
@IntegrationTest
class FormPreviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FormManagement management;

	@Test
	void editorPreviewsADraftPageByPage() throws Exception {
		TestAccounts people = new TestAccounts(context);
		var unit = people.unit("Bürgeramt");
		Account editor = people.create(TestAccounts.unique("redaktion2"), Membership.global(Role.FORM_EDITOR));
		Account citizen = people.citizen(TestAccounts.unique("erika2"));
		var principal = people.principal(editor);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		FormVersion draft;
		try {
			draft = management.create(new NewForm("anmeldung-vorschau", "Anmeldung", null, unit.id(), Audience.PUBLIC, SampleForms.MOVING_IN));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String base = "/amt/formulare/versionen/" + draft.id() + "/vorschau";
		MockHttpSession session = new MockHttpSession();

		mvc.perform(get(base).session(session).with(people.signedIn(editor))).andExpect(redirectedUrl(base + "/wohnung"));
		mvc.perform(get(base + "/wohnung").session(session).with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Schritt 1 von 3"), containsString("Tag des Einzugs"),
					containsString("name=\"f.anschrift.plz\""), containsString("Nur ausfüllen, wenn „Art“ „Nebenwohnung“ ist."))));

		// wrong and missing answers: an error summary linking to each field, the messages at the fields
		mvc.perform(post(base + "/wohnung").session(session).with(people.signedIn(editor)).with(csrf())
			.param("f.einzug", "31.02.2026").param("f.anschrift.plz", "1234").param("f.art", "haupt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte prüfen Sie Ihre Angaben"),
					containsString("href=\"#f-einzug\""), containsString("Bitte geben Sie ein gültiges Datum ein"),
					containsString("href=\"#f-anschrift-plz\""), containsString("fünfstellige Postleitzahl"),
					containsString("aria-invalid=\"true\""))));

		mvc.perform(post(base + "/wohnung").session(session).with(people.signedIn(editor)).with(csrf())
			.param("f.einzug", "01.11.2026").param("f.anschrift.strasse", "Lindenallee").param("f.anschrift.hausnummer", "7")
			.param("f.anschrift.plz", "12345").param("f.anschrift.ort", "Musterstadt").param("f.art", "haupt")
			.param("f.hauptwohnung_ort", "wird ignoriert, weil ausgeblendet"))
			.andExpect(redirectedUrl(base + "/personen"));

		// a second person without JavaScript: the add button posts the page and shows it again
		mvc.perform(post(base + "/personen").session(session).with(people.signedIn(editor)).with(csrf())
			.param("f.personen[0].vorname", "Erika").param("f.personen[0].minderjaehrig", "nein").param("aktion", "hinzufuegen:f.personen"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"f.personen[1].vorname\""), not(containsString("Bitte prüfen Sie")))));
		mvc.perform(post(base + "/personen").session(session).with(people.signedIn(editor)).with(csrf())
			.param("f.personen[0].vorname", "Erika").param("f.personen[0].minderjaehrig", "nein")
			.param("f.personen[1].vorname", "Max").param("f.personen[1].minderjaehrig", "ja"))
			.andExpect(content().string(containsString("href=\"#f-personen-1-sorgeberechtigt\"")));
		mvc.perform(post(base + "/personen").session(session).with(people.signedIn(editor)).with(csrf())
			.param("f.personen[0].vorname", "Erika").param("f.personen[0].minderjaehrig", "nein")
			.param("f.personen[1].vorname", "Max").param("f.personen[1].minderjaehrig", "ja")
			.param("f.personen[1].sorgeberechtigt", "Erika Mustermann"))
			.andExpect(redirectedUrl(base + "/zahlung"));

		// the check page cannot be skipped to while a page is incomplete
		mvc.perform(get(base + "/pruefen").session(session).with(people.signedIn(editor))).andExpect(redirectedUrl(base + "/zahlung"));
		mvc.perform(post(base + "/zahlung").session(session).with(people.signedIn(editor)).with(csrf())
			.param("f.iban", "DE89 3704 0044 0532 0130 00").param("f.kanaele", "post", "mail"))
			.andExpect(redirectedUrl(base + "/pruefen"));
		mvc.perform(get(base + "/pruefen").session(session).with(people.signedIn(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Prüfen Sie Ihre Angaben"), containsString("01.11.2026"),
					containsString("Lindenallee 7"), containsString("Hauptwohnung"), containsString("Person 2 – Vorname"),
					containsString("Post"), not(containsString("wird ignoriert")), not(containsString("Wo ist Ihre Hauptwohnung?")))));

		mvc.perform(get(base + "/wohnung").session(new MockHttpSession()).with(people.signedIn(citizen))).andExpect(status().isForbidden());
	}
}
