package de.amtsportal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Page;
import de.amtsportal.support.Stored;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact form with bad input, in German and English: the form comes back with the specific message,
 * what was typed is kept, and nothing is stored or forwarded to the unit. A filled honeypot looks like
 * success to the bot and stores nothing either.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class ContactFormInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Stored stored;

	OrgUnit unit;

	@BeforeEach
	void setUp() {
		stored = new Stored(context);
		unit = new TestAccounts(context).unit("Bürgerbüro");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void unknownUnit(Language language) throws Exception {
		rejected(language, enquiry(Map.of("orgUnitId", UUID.randomUUID().toString())))
			.showsFieldError("orgUnitId", language.pick("Bitte wählen Sie den Fachbereich", "Please choose the department"))
			.contains("Muss ich meinen Gartenbrunnen anzeigen?");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void unitThatIsNoIdAtAll(Language language) throws Exception {
		rejected(language, enquiry(Map.of("orgUnitId", "1 OR 1=1")))
			.showsFieldError("orgUnitId", language.pick("Bitte wählen Sie den Fachbereich", "Please choose the department"))
			.contains("Muss ich meinen Gartenbrunnen anzeigen?")
			.doesNotContain("UUID")
			.doesNotContain("Exception");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void messageOf6000Characters(Language language) throws Exception {
		rejected(language, enquiry(Map.of("message", "Brunnen ".repeat(750))))
			.showsFieldError("message", language.pick("Die Nachricht darf höchstens 5.000 Zeichen lang sein.",
					"The message can be at most 5,000 characters long."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void missingFields(Language language) throws Exception {
		rejected(language, post("/kontakt").with(csrf()))
			.showsFieldError("orgUnitId", language.pick("Bitte wählen Sie den Fachbereich", "Please choose the department"))
			.showsFieldError("name", language.pick("Bitte geben Sie Ihren Namen ein.", "Please enter your name."))
			.showsFieldError("email", language.pick("Bitte geben Sie Ihre E-Mail-Adresse ein.", "Please enter your e-mail address."))
			.showsFieldError("subject", language.pick("Bitte geben Sie einen Betreff ein.", "Please enter a subject."))
			.showsFieldError("message", language.pick("Bitte schreiben Sie Ihre Nachricht.", "Please write your message."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void invalidEmailAndOverlongSubject(Language language) throws Exception {
		rejected(language, enquiry(Map.of("email", "anna(at)example.org", "subject", "B".repeat(201))))
			.showsFieldError("email", language.pick("Bitte geben Sie eine gültige E-Mail-Adresse ein",
					"Please enter a valid e-mail address"))
			.showsFieldError("subject", language.pick("Der Betreff darf höchstens 200 Zeichen lang sein.",
					"The subject can be at most 200 characters long."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void honeypotFilledByABot(Language language) throws Exception {
		Stored.Snapshot before = stored.snapshot(unit.contactEmail());
		mvc.perform(enquiry(Map.of("website", "https://cheap-pills.example")).with(language.browser()))
			.andExpect(redirectedUrl("/kontakt/gesendet"));
		before.assertNothingStored();
	}

	private Page rejected(Language language, MockHttpServletRequestBuilder request) throws Exception {
		Stored.Snapshot before = stored.snapshot(unit.contactEmail());
		Page page = Page.of(mvc.perform(request.with(language.browser())).andExpect(status().isOk()).andReturn());
		page.contains(language.pick("Bitte prüfen Sie Ihre Angaben", "Please check your entries"))
			.contains(language.pick("lang=\"de\"", "lang=\"en\""));
		before.assertNothingStored();
		return page;
	}

	private MockHttpServletRequestBuilder enquiry(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("orgUnitId", unit.id().toString());
		fields.put("name", "Anna Brunnen");
		fields.put("email", "anna.brunnen@example.org");
		fields.put("subject", "Brunnen im Garten");
		fields.put("message", "Muss ich meinen Gartenbrunnen anzeigen?");
		fields.put("website", "");
		fields.putAll(changes);
		MockHttpServletRequestBuilder request = post("/kontakt").with(csrf());
		fields.forEach(request::param);
		return request;
	}
}
